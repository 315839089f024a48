import {
  datei,
  fehler,
  type KINDERSCHUTZ_SCHRITTE,
  schrittEingabe,
  schrittErgebnis,
  verfahren,
  verfahrenKurz,
  verfahrenStart,
  vignette,
  vignetteKurz,
} from '@hilfewerk/api';
import type { SchrittArt } from '@hilfewerk/rules';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hatZugriff } from '../../access/require-access.ts';
import { erfasseBeratung } from '../../use-cases/kinderschutz/erfasse-beratung.ts';
import { erfasseSchritt } from '../../use-cases/kinderschutz/erfasse-schritt.ts';
import { getVerfahren } from '../../use-cases/kinderschutz/get-verfahren.ts';
import { getVignette } from '../../use-cases/kinderschutz/get-vignette.ts';
import { listVerfahren } from '../../use-cases/kinderschutz/list-verfahren.ts';
import { listVignetten } from '../../use-cases/kinderschutz/list-vignetten.ts';
import { mitteilungDokument } from '../../use-cases/kinderschutz/mitteilung-dokument.ts';
import { starteVerfahren } from '../../use-cases/kinderschutz/starte-verfahren.ts';
import { id } from '../schemas.ts';

// The contract's step arts and the rules' are one list: this fails to compile when they part.
const gleicheArten: [SchrittArt, (typeof KINDERSCHUTZ_SCHRITTE)[number]] extends [
  (typeof KINDERSCHUTZ_SCHRITTE)[number],
  SchrittArt,
]
  ? true
  : never = true;
void gleicheArten;

export function kinderschutzRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Kinderschutz (§ 8a)'];

  r.get(
    '/api/kinderschutz',
    {
      schema: {
        tags,
        summary: 'Verfahren nach § 8a im eigenen Umfang, offene zuerst (Leitung, Fachkräfte)',
        response: { 200: z.array(verfahrenKurz), ...fehler },
      },
    },
    async (req) => listVerfahren(req.kontext()),
  );
  r.get(
    '/api/kinderschutz/vignetten',
    {
      schema: {
        tags,
        summary: 'Pseudonymisierte Verfahren für die insoweit erfahrene Fachkraft',
        response: { 200: z.array(vignetteKurz), ...fehler },
      },
    },
    async (req) => listVignetten(req.kontext()),
  );
  r.post(
    '/api/kinderschutz',
    {
      schema: {
        tags,
        summary: 'Gewichtige Anhaltspunkte festhalten und ein Verfahren nach § 8a beginnen',
        body: verfahrenStart,
        response: { 201: z.object({ id: z.string() }), ...fehler },
      },
    },
    async (req, reply) => reply.status(201).send(await starteVerfahren(req.kontext(), req.body)),
  );
  r.get(
    '/api/kinderschutz/:id',
    {
      schema: {
        tags,
        summary: 'Ein Verfahren mit allen Schritten (das Lesen wird protokolliert)',
        params: z.object({ id }),
        response: { 200: verfahren, ...fehler },
      },
    },
    async (req) => getVerfahren(req.kontext(), req.params.id),
  );
  r.post(
    '/api/kinderschutz/:id/schritte',
    {
      schema: {
        tags,
        summary: 'Einen Schritt festhalten; falsche Reihenfolge → 409, Datum außerhalb → 422',
        params: z.object({ id }),
        body: schrittEingabe,
        response: { 201: schrittErgebnis, ...fehler },
      },
    },
    async (req, reply) => {
      const k = req.kontext();
      // The iefk records her advice on the vignette; the team records on the procedure.
      const ergebnis = hatZugriff(k, 'kinderschutzVignette', 'anlegen')
        ? await erfasseBeratung(k, req.params.id, req.body)
        : await erfasseSchritt(k, req.params.id, req.body);
      return reply.status(201).send(ergebnis);
    },
  );
  r.get(
    '/api/kinderschutz/:id/vignette',
    {
      schema: {
        tags,
        summary: 'Pseudonymisierte Fallvignette (insoweit erfahrene Fachkraft)',
        params: z.object({ id }),
        response: { 200: vignette, ...fehler },
      },
    },
    async (req) => getVignette(req.kontext(), req.params.id),
  );
  r.get(
    '/api/kinderschutz/:id/mitteilung/pdf',
    {
      schema: {
        tags,
        summary: 'Die Mitteilung an das Jugendamt als PDF',
        params: z.object({ id }),
        response: { 200: datei('application/pdf', 'PDF'), ...fehler },
      },
    },
    async (req, reply) => {
      const { aktenzeichen, pdf } = await mitteilungDokument(req.kontext(), req.params.id);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="Mitteilung-8a-${aktenzeichen.replace(/[^\w-]/g, '_')}.pdf"`,
        )
        .send(pdf);
    },
  );
}
