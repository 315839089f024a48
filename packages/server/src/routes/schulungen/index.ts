import { schulungEingabe, schulungsstand } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createSchulung } from '../../use-cases/personal/create-schulung.ts';
import { listSchulungen } from '../../use-cases/personal/list-schulungen.ts';
import { fehler, id } from '../schemas.ts';

export function schulungRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Personal'];

  r.get(
    '/api/personal/schulungen',
    {
      schema: {
        tags,
        summary:
          'Schulungen je Person und die nächste jährliche Schulung nach § 8a (Leitung, Administration)',
        response: { 200: z.array(schulungsstand), ...fehler },
      },
    },
    async (req) => listSchulungen(req.kontext()),
  );
  r.post(
    '/api/personal/:id/schulungen',
    {
      schema: {
        tags,
        summary: 'Besuchte Schulung festhalten (Leitung, Administration)',
        params: z.object({ id }),
        body: schulungEingabe,
        response: { 201: schulungsstand, ...fehler },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createSchulung(req.kontext(), req.params.id, req.body)),
  );
}
