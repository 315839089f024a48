import { hilfe, hilfeAenderung, neueHilfe } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createHilfe } from '../../use-cases/hilfen/create-hilfe.ts';
import { updateHilfe } from '../../use-cases/hilfen/update-hilfe.ts';
import { fallParams, fehler, id } from '../schemas.ts';

export function hilfenRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Hilfen'];

  r.post(
    '/api/faelle/:id/hilfen',
    {
      schema: {
        tags,
        summary: 'Hilfe anlegen (Leistung aus dem Katalog, bewilligendes Jugendamt)',
        params: fallParams,
        body: neueHilfe,
        response: { 201: hilfe, ...fehler },
      },
    },
    async (req, reply) => reply.status(201).send(await createHilfe(req.kontext(), req.params.id, req.body)),
  );

  r.patch(
    '/api/faelle/:id/hilfen/:hilfeId',
    {
      schema: {
        tags,
        summary: 'Hilfe ändern, z. B. beenden (409 bei veralteter Version)',
        params: z.object({ id, hilfeId: id }),
        body: hilfeAenderung,
        response: { 200: hilfe, ...fehler },
      },
    },
    async (req) => updateHilfe(req.kontext(), req.params.id, req.params.hilfeId, req.body),
  );
}
