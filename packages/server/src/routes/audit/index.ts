import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAudit } from '../../use-cases/audit/list-audit.ts';
import { datum, id, proSeite, seite } from '../schemas.ts';

export function auditRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/audit',
    {
      schema: {
        tags: ['Protokoll'],
        summary: 'Protokoll der eigenen Organisation (Leitung, Administration); Gesamtzahl in x-gesamtzahl',
        querystring: z.object({
          benutzer: id.optional(),
          aktion: z.string().max(50).optional(),
          ressource: z.string().max(50).optional(),
          von: datum.optional(),
          bis: datum.optional(),
          seite,
          proSeite,
        }),
      },
    },
    async (req, reply) => {
      const { gesamtzahl, eintraege } = await listAudit(req.kontext(), req.query);
      reply.header('x-gesamtzahl', String(gesamtzahl));
      return eintraege;
    },
  );
}
