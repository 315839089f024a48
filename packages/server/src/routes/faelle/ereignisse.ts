import { ereignis, ereignisKorrektur, neuesEreignis } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createEreignis } from '../../use-cases/ereignisse/create-ereignis.ts';
import { updateEreignis } from '../../use-cases/ereignisse/update-ereignis.ts';
import { fallParams, fehler, id } from '../schemas.ts';

export function ereignisseRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/faelle/:id/ereignisse',
    {
      schema: {
        tags: ['Ereignisse'],
        summary: 'Ereignis erfassen (HPG, Krise, Bericht gesendet, …)',
        params: fallParams,
        body: neuesEreignis,
        response: { 201: ereignis, ...fehler },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createEreignis(req.kontext(), req.params.id, req.body)),
  );

  r.patch(
    '/api/faelle/:id/ereignisse/:ereignisId',
    {
      schema: {
        tags: ['Ereignisse'],
        summary: 'Ereignis korrigieren (Protokollzeile; Fristen folgen; 409 bei veralteter Version)',
        params: z.object({ id, ereignisId: id }),
        body: ereignisKorrektur,
        response: { 200: ereignis, ...fehler },
      },
    },
    async (req) => updateEreignis(req.kontext(), req.params.id, req.params.ereignisId, req.body),
  );
}
