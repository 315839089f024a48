import { datei, fehler, kennzahlenJahr, kennzahlenTraeger, kennzahlenTraegerExport } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { exportKennzahlenTraeger } from '../../use-cases/kennzahlen-traeger/export-kennzahlen-traeger.ts';
import { getKennzahlenTraeger } from '../../use-cases/kennzahlen-traeger/get-kennzahlen-traeger.ts';

export function kennzahlenTraegerRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Kennzahlen'];
  r.get(
    '/api/kennzahlen/traeger',
    {
      schema: {
        tags,
        summary: 'Kennzahlen je Träger für das Fachcontrolling des Jugendamts (kleine Zahlen unterdrückt)',
        querystring: kennzahlenJahr,
        response: { 200: kennzahlenTraeger, ...fehler },
      },
    },
    async (req) => getKennzahlenTraeger(req.kontext(), req.query.jahr),
  );
  r.get(
    '/api/kennzahlen/traeger/export',
    {
      schema: {
        tags,
        summary: 'Kennzahlen je Träger als CSV oder XLSX',
        querystring: kennzahlenTraegerExport,
        response: {
          200: datei('application/octet-stream', 'Kennzahlen der Träger (CSV oder XLSX)'),
          ...fehler,
        },
      },
    },
    async (req, reply) => {
      const { jahr, format } = req.query;
      const e = await exportKennzahlenTraeger(req.kontext(), jahr, format);
      return reply
        .type(e.typ)
        .header('content-disposition', `attachment; filename="Kennzahlen_Traeger_${jahr}.${format}"`)
        .send(e.inhalt);
    },
  );
}
