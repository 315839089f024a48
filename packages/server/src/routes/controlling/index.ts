import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { stundenControlling } from '../../use-cases/controlling/stunden-controlling.ts';

export function controllingRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/controlling/stunden',
    {
      schema: {
        tags: ['Stundencontrolling'],
        summary:
          'Geplante gegen erbrachte direkte Stunden je Hilfe und je Mitarbeitende, Monat und Jahr bis dahin',
        querystring: z.object({
          jahr: z.coerce.number().int().min(2000).max(2100),
          monat: z.coerce.number().int().min(1).max(12),
        }),
      },
    },
    async (req) => stundenControlling(req.kontext(), req.query.jahr, req.query.monat),
  );
}
