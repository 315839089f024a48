import { fehler, rechnungsangaben, rechnungsangabenAenderung } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getRechnungsangaben } from '../../use-cases/stammdaten/get-rechnungsangaben.ts';
import { setzeRechnungsangaben } from '../../use-cases/stammdaten/setze-rechnungsangaben.ts';

export function organisationRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Organisation'];
  r.get(
    '/api/organisation/rechnungsangaben',
    {
      schema: {
        tags,
        summary: 'Rechnungsangaben der eigenen Organisation und was für Rechnungen noch fehlt',
        response: { 200: rechnungsangaben, ...fehler },
      },
    },
    async (req) => getRechnungsangaben(req.kontext()),
  );
  r.put(
    '/api/organisation/rechnungsangaben',
    {
      schema: {
        tags,
        summary: 'Rechnungsangaben ersetzen (Administration)',
        body: rechnungsangabenAenderung,
        response: { 200: rechnungsangaben, ...fehler },
      },
    },
    async (req) => setzeRechnungsangaben(req.kontext(), req.body),
  );
}
