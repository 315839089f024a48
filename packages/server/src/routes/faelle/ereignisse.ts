import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createEreignis } from '../../use-cases/ereignisse/create-ereignis.ts';
import { datum, ereignisArt, fallParams, id, optDatum, optText } from '../schemas.ts';

export function ereignisseRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/faelle/:id/ereignisse',
    {
      schema: {
        tags: ['Ereignisse'],
        summary: 'Ereignis erfassen (HPG, Krise, Bericht gesendet, …)',
        params: fallParams,
        body: z.object({
          art: ereignisArt,
          datum,
          hilfeId: id.nullable().optional(),
          bekanntSeit: optDatum,
          notiz: optText(),
        }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createEreignis(req.kontext(), req.params.id, req.body)),
  );
}
