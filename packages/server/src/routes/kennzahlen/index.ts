import { fehler, kennzahlen, kennzahlenAbfrage } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getKennzahlen } from '../../use-cases/kennzahlen/get-kennzahlen.ts';

export function kennzahlenRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/kennzahlen',
    {
      schema: {
        tags: ['Kennzahlen'],
        summary:
          'Kennzahlen eines Jahres: Aufnahmen, Entlassungen, Verweildauer, belegende Jugendämter, Beschwerden',
        querystring: kennzahlenAbfrage,
        response: { 200: kennzahlen, ...fehler },
      },
    },
    async (req) => getKennzahlen(req.kontext(), req.query),
  );
}
