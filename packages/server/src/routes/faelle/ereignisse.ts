import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createEreignis } from '../../use-cases/ereignisse/create-ereignis.ts';
import { updateEreignis } from '../../use-cases/ereignisse/update-ereignis.ts';
import { datum, ereignisArt, fallParams, id, optDatum, optText, version } from '../schemas.ts';

const ereignisFelder = {
  art: ereignisArt,
  datum,
  hilfeId: id.nullable().optional(),
  bekanntSeit: optDatum,
  notiz: optText(),
};

export function ereignisseRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/faelle/:id/ereignisse',
    {
      schema: {
        tags: ['Ereignisse'],
        summary: 'Ereignis erfassen (HPG, Krise, Bericht gesendet, …)',
        params: fallParams,
        body: z.object(ereignisFelder),
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
        body: z.object(ereignisFelder).partial().extend({ version }),
      },
    },
    async (req) => updateEreignis(req.kontext(), req.params.id, req.params.ereignisId, req.body),
  );
}
