import {
  datei,
  fallParams,
  fehler,
  neuesVorkommnis,
  offenePflicht,
  pflichtErledigung,
  type VORKOMMNIS_PFLICHTEN,
  vorkommnis,
  vorkommnisPflichtArt,
} from '@hilfewerk/api';
import type { PFLICHT_ARTEN, VORKOMMNIS_ARTEN as REGEL_ARTEN } from '@hilfewerk/rules';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { erfasseVorkommnis } from '../../use-cases/vorkommnisse/erfasse-vorkommnis.ts';
import { erledigePflicht } from '../../use-cases/vorkommnisse/erledige-pflicht.ts';
import { listOffenePflichten } from '../../use-cases/vorkommnisse/list-offene-pflichten.ts';
import { listVorkommnisse } from '../../use-cases/vorkommnisse/list-vorkommnisse.ts';
import { meldungDokument } from '../../use-cases/vorkommnisse/meldung-dokument.ts';
import { id } from '../schemas.ts';

// The contract's codes and the rules' are one list each: this fails to compile when they part.
const gleich: [
  (typeof REGEL_ARTEN)[number] | (typeof PFLICHT_ARTEN)[number],
  z.infer<typeof neuesVorkommnis>['art'] | (typeof VORKOMMNIS_PFLICHTEN)[number],
] extends [
  z.infer<typeof neuesVorkommnis>['art'] | (typeof VORKOMMNIS_PFLICHTEN)[number],
  (typeof REGEL_ARTEN)[number] | (typeof PFLICHT_ARTEN)[number],
]
  ? true
  : never = true;
void gleich;

export function vorkommnisRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Krisen und besondere Vorkommnisse'];

  r.get(
    '/api/vorkommnisse/offen',
    {
      schema: {
        tags,
        summary: 'Offene Pflichten aus Krisen und Vorkommnissen, früheste zuerst (Leitung, Fachkräfte)',
        response: { 200: z.array(offenePflicht), ...fehler },
      },
    },
    async (req) => listOffenePflichten(req.kontext()),
  );
  r.get(
    '/api/faelle/:id/vorkommnisse',
    {
      schema: {
        tags,
        summary:
          'Krisen und besondere Vorkommnisse eines Falls mit ihren Pflichten (das Lesen wird protokolliert)',
        params: fallParams,
        response: { 200: z.array(vorkommnis), ...fehler },
      },
    },
    async (req) => listVorkommnisse(req.kontext(), req.params.id),
  );
  r.post(
    '/api/faelle/:id/vorkommnisse',
    {
      schema: {
        tags,
        summary: 'Krise oder besonderes Vorkommnis festhalten, mit den schon erfolgten Kontakten',
        params: fallParams,
        body: neuesVorkommnis,
        response: { 201: vorkommnis, ...fehler },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await erfasseVorkommnis(req.kontext(), req.params.id, req.body)),
  );
  r.post(
    '/api/vorkommnisse/:id/pflichten/:art',
    {
      schema: {
        tags,
        summary: 'Kontakt oder Meldung festhalten (Datum, an wen, wie) oder den Grund, warum sie unterblieb',
        params: z.object({ id, art: vorkommnisPflichtArt }),
        body: pflichtErledigung,
        response: { 200: vorkommnis, ...fehler },
      },
    },
    async (req) => erledigePflicht(req.kontext(), req.params.id, req.params.art, req.body),
  );
  r.get(
    '/api/vorkommnisse/:id/meldung/pdf',
    {
      schema: {
        tags,
        summary: 'Die Meldung an die Aufsichtsbehörde nach § 47 SGB VIII als PDF',
        params: z.object({ id }),
        response: { 200: datei('application/pdf', 'PDF'), ...fehler },
      },
    },
    async (req, reply) => {
      const { aktenzeichen, pdf } = await meldungDokument(req.kontext(), req.params.id);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="Meldung-47-${aktenzeichen.replace(/[^\w-]/g, '_')}.pdf"`,
        )
        .send(pdf);
    },
  );
}
