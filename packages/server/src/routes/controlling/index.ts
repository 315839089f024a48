import { controllingAbfrage, stundencontrolling } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { stundenControlling } from '../../use-cases/controlling/stunden-controlling.ts';
import { fehler } from '../schemas.ts';

export function controllingRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/controlling/stunden',
    {
      schema: {
        tags: ['Stundencontrolling'],
        summary:
          'Geplante gegen erbrachte direkte Stunden je Hilfe und je Mitarbeitende, Monat und Jahr bis dahin',
        querystring: controllingAbfrage,
        response: { 200: stundencontrolling, ...fehler },
      },
    },
    async (req) => stundenControlling(req.kontext(), req.query.jahr, req.query.monat),
  );
}
