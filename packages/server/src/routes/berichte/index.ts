import {
  berichtArtEingabe as art,
  berichtAenderung,
  berichtDto,
  berichtsvorlage,
  datei,
  fehler,
  gesendeterBericht,
  neuerBericht,
  posteingangAntwort,
  posteingangNotiz,
} from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { berichtPdf } from '../../use-cases/berichte/bericht-pdf.ts';
import { createBericht } from '../../use-cases/berichte/create-bericht.ts';
import { getBericht } from '../../use-cases/berichte/get-bericht.ts';
import { getBerichtsvorlage } from '../../use-cases/berichte/get-berichtsvorlage.ts';
import { listBerichte } from '../../use-cases/berichte/list-berichte.ts';
import { sendBericht } from '../../use-cases/berichte/send-bericht.ts';
import { updateBericht } from '../../use-cases/berichte/update-bericht.ts';
import { beantwortePosteingang } from '../../use-cases/posteingang/beantworte-posteingang.ts';
import { listPosteingang } from '../../use-cases/posteingang/list-posteingang.ts';
import { markPosteingangGelesen } from '../../use-cases/posteingang/mark-posteingang-gelesen.ts';
import { posteingangDokument } from '../../use-cases/posteingang/posteingang-dokument.ts';
import { id } from '../schemas.ts';

export function berichteRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Berichte'];
  const params = z.object({ id });

  r.post(
    '/api/berichte',
    {
      schema: {
        tags,
        summary: 'Bericht an das Jugendamt beginnen (Entwurf)',
        body: neuerBericht,
        response: { 201: berichtDto, ...fehler },
      },
    },
    async (req, reply) => reply.status(201).send(await createBericht(req.kontext(), req.body)),
  );

  r.get(
    '/api/berichte',
    {
      schema: {
        tags,
        summary: 'Berichte zu einer Hilfe, neueste zuerst',
        querystring: z.object({ hilfeId: z.uuid({ error: 'Bitte die Hilfe angeben (hilfeId).' }) }),
        response: { 200: z.array(berichtDto), ...fehler },
      },
    },
    async (req) => listBerichte(req.kontext(), req.query.hilfeId),
  );

  r.get(
    '/api/berichte/vorlage',
    {
      schema: {
        tags,
        summary: 'Vorlage eines Berichts: Abschnitte mit Zielen, Stunden und Terminen der Hilfe',
        querystring: z.object({ hilfeId: z.uuid({ error: 'Bitte die Hilfe angeben (hilfeId).' }), art }),
        response: { 200: berichtsvorlage, ...fehler },
      },
    },
    async (req) => getBerichtsvorlage(req.kontext(), req.query.hilfeId, req.query.art),
  );

  r.get(
    '/api/berichte/:id',
    { schema: { tags, summary: 'Ein Bericht', params, response: { 200: berichtDto, ...fehler } } },
    async (req) => getBericht(req.kontext(), req.params.id),
  );

  r.patch(
    '/api/berichte/:id',
    {
      schema: {
        tags,
        summary: 'Entwurf ändern (409 bei veralteter Version oder wenn gesendet)',
        params,
        body: berichtAenderung,
        response: { 200: berichtDto, ...fehler },
      },
    },
    async (req) => updateBericht(req.kontext(), req.params.id, req.body),
  );

  r.post(
    '/api/berichte/:id/senden',
    {
      schema: {
        tags,
        summary:
          'Bericht senden: unveränderlich, im Posteingang des Jugendamts, Frist erledigt (409 beim zweiten Mal)',
        params,
        response: { 200: gesendeterBericht, ...fehler },
      },
    },
    async (req) => sendBericht(req.kontext(), req.params.id),
  );

  r.get(
    '/api/berichte/:id/pdf',
    {
      schema: {
        tags,
        summary: 'Der gesendete Bericht als PDF',
        params,
        response: { 200: datei('application/pdf', 'PDF'), ...fehler },
      },
    },
    async (req, reply) => {
      const { dateiname, inhalt: pdf } = await berichtPdf(req.kontext(), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${dateiname.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf"`)
        .send(pdf);
    },
  );

  r.get(
    '/api/posteingang',
    {
      schema: {
        tags: ['Posteingang'],
        summary: 'Posteingang des Jugendamts: Berichte und Mitteilungen, neueste zuerst',
        response: { 200: z.array(posteingangNotiz), ...fehler },
      },
    },
    async (req) => listPosteingang(req.kontext()),
  );

  r.post(
    '/api/posteingang/:id/gelesen',
    {
      schema: {
        tags: ['Posteingang'],
        summary: 'Als gelesen vermerken (Lesebestätigung für den Träger)',
        params,
        response: { 200: posteingangNotiz, ...fehler },
      },
    },
    async (req) => markPosteingangGelesen(req.kontext(), req.params.id),
  );
  r.get(
    '/api/posteingang/:id/pdf',
    {
      schema: {
        tags: ['Posteingang'],
        summary:
          'Das Schreiben einer Nachricht als PDF (Mitteilung nach § 8a, Jahresbericht eines Trägers); das Öffnen wird protokolliert',
        params,
        response: { 200: datei('application/pdf', 'PDF'), ...fehler },
      },
    },
    async (req, reply) => {
      const { dateiname, pdf } = await posteingangDokument(req.kontext(), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${dateiname.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf"`)
        .send(pdf);
    },
  );
  r.post(
    '/api/posteingang/:id/antwort',
    {
      schema: {
        tags: ['Posteingang'],
        summary: 'Eine Nachricht beantworten (ASD), z. B. eine Mitteilung nach § 8a; 409 beim zweiten Mal',
        params,
        body: posteingangAntwort,
        response: { 200: posteingangNotiz, ...fehler },
      },
    },
    async (req) => beantwortePosteingang(req.kontext(), req.params.id, req.body.text),
  );
}
