import {
  berichtAbfrage,
  datei,
  fehler,
  jahresberichtSenden,
  jahresberichtTexte,
  jahresberichtTexteAbfrage,
  jahresberichtTexteEingabe,
  kennzahlen,
  kennzahlenAbfrage,
} from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getJahresbericht } from '../../use-cases/kennzahlen/get-jahresbericht.ts';
import { getJahresberichtTexte } from '../../use-cases/kennzahlen/get-jahresbericht-texte.ts';
import { getKennzahlen } from '../../use-cases/kennzahlen/get-kennzahlen.ts';
import { sendJahresbericht } from '../../use-cases/kennzahlen/send-jahresbericht.ts';
import { updateJahresberichtTexte } from '../../use-cases/kennzahlen/update-jahresbericht-texte.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function kennzahlenRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/kennzahlen',
    {
      schema: {
        tags: ['Kennzahlen'],
        summary:
          'Kennzahlen eines Jahres, Quartals oder Monats: Aufnahmen, Entlassungen (nach Art), Verweildauer, belegende Jugendämter, Beschwerden, Stunden gegen Plan, Auslastung, Fristen, § 8a',
        querystring: kennzahlenAbfrage,
        response: { 200: kennzahlen, ...fehler },
      },
    },
    async (req) => getKennzahlen(req.kontext(), req.query),
  );

  r.get(
    '/api/kennzahlen/bericht',
    {
      schema: {
        tags: ['Kennzahlen'],
        summary: 'Jahresbericht aus den Kennzahlen als PDF (format=xlsx: die Tabellen als Arbeitsmappe)',
        querystring: berichtAbfrage,
        response: { 200: datei('application/pdf', 'PDF oder XLSX'), ...fehler },
      },
    },
    async (req, reply) => {
      const format = req.query.format ?? 'pdf';
      const { dateiname, inhalt } = await getJahresbericht(req.kontext(), req.query.jahr, format);
      return reply
        .type(format === 'xlsx' ? XLSX : 'application/pdf')
        .header('content-disposition', `attachment; filename="${dateiname}.${format}"`)
        .send(inhalt);
    },
  );

  r.get(
    '/api/kennzahlen/bericht/texte',
    {
      schema: {
        tags: ['Kennzahlen'],
        summary:
          'Die Texte des Jahresberichts (Einleitung, Entwicklungen im Jahr, Ausblick) und wohin er gehen kann',
        querystring: jahresberichtTexteAbfrage,
        response: { 200: jahresberichtTexte, ...fehler },
      },
    },
    async (req) => getJahresberichtTexte(req.kontext(), req.query.jahr),
  );

  r.put(
    '/api/kennzahlen/bericht/texte',
    {
      schema: {
        tags: ['Kennzahlen'],
        summary: 'Die Texte des Jahresberichts speichern (Version; nach dem Senden nicht mehr änderbar)',
        body: jahresberichtTexteEingabe,
        response: { 200: jahresberichtTexte, ...fehler },
      },
    },
    async (req) => updateJahresberichtTexte(req.kontext(), req.body),
  );

  r.post(
    '/api/kennzahlen/bericht/senden',
    {
      schema: {
        tags: ['Kennzahlen'],
        summary:
          'Den Jahresbericht als PDF in den Posteingang eines Jugendamts senden; danach bleiben die Texte fest',
        body: jahresberichtSenden,
        response: { 200: jahresberichtTexte, ...fehler },
      },
    },
    async (req) => sendJahresbericht(req.kontext(), req.body.jahr, req.body.jugendamtId),
  );
}
