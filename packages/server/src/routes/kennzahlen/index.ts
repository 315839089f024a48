import { berichtAbfrage, datei, fehler, kennzahlen, kennzahlenAbfrage } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getJahresbericht } from '../../use-cases/kennzahlen/get-jahresbericht.ts';
import { getKennzahlen } from '../../use-cases/kennzahlen/get-kennzahlen.ts';

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
}
