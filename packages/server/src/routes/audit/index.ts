import { auditEintrag, auditFilter } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAudit } from '../../use-cases/audit/list-audit.ts';
import { fehler } from '../schemas.ts';

export function auditRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/audit',
    {
      schema: {
        tags: ['Protokoll'],
        summary: 'Protokoll der eigenen Organisation (Leitung, Administration); Gesamtzahl in x-gesamtzahl',
        querystring: auditFilter,
        response: { 200: z.array(auditEintrag), ...fehler },
      },
    },
    async (req, reply) => {
      const { gesamtzahl, eintraege } = await listAudit(req.kontext(), req.query);
      reply.header('x-gesamtzahl', String(gesamtzahl));
      return eintraege;
    },
  );
}
