import { auditCsvFilter, auditEintrag, auditFilter } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportAuditCsv } from '../../use-cases/audit/export-audit-csv.ts';
import { listAudit } from '../../use-cases/audit/list-audit.ts';
import { datei, fehler } from '../schemas.ts';

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

  r.get(
    '/api/audit.csv',
    {
      schema: {
        tags: ['Protokoll'],
        summary: 'Protokoll mit denselben Filtern als CSV (Leitung, Administration; protokolliert)',
        querystring: auditCsvFilter,
        response: { 200: datei('text/csv', 'CSV, Semikolon, UTF-8'), ...fehler },
      },
    },
    async (req, reply) => {
      const csv = await exportAuditCsv(req.kontext(), req.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="protokoll.csv"')
        .send(csv);
    },
  );
}
