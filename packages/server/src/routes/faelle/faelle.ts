import { fall, fallAenderung, fallFilter, fallZeile, neuerFall } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createFall } from '../../use-cases/faelle/create-fall.ts';
import { getFall } from '../../use-cases/faelle/get-fall.ts';
import { listFaelle } from '../../use-cases/faelle/list-faelle.ts';
import { updateFall } from '../../use-cases/faelle/update-fall.ts';
import { fallParams, fehler } from '../schemas.ts';

export function faelleRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Fälle'];

  r.get(
    '/api/faelle',
    {
      schema: {
        tags,
        summary: 'Fälle, die die angemeldete Person sehen darf (Gesamtzahl im Kopf x-gesamtzahl)',
        querystring: fallFilter,
        response: { 200: z.array(fallZeile), ...fehler },
      },
    },
    async (req, reply) => {
      const { gesamtzahl, faelle } = await listFaelle(req.kontext(), req.query);
      reply.header('x-gesamtzahl', String(gesamtzahl));
      return faelle;
    },
  );

  r.post(
    '/api/faelle',
    {
      schema: {
        tags,
        summary: 'Fall anlegen (die anlegende Person kommt ins Fallteam)',
        body: neuerFall,
        response: { 201: fall, ...fehler },
      },
    },
    async (req, reply) => reply.status(201).send(await createFall(req.kontext(), req.body)),
  );

  r.get(
    '/api/faelle/:id',
    { schema: { tags, summary: 'Fallakte', params: fallParams, response: { 200: fall, ...fehler } } },
    async (req) => getFall(req.kontext(), req.params.id),
  );

  r.patch(
    '/api/faelle/:id',
    {
      schema: {
        tags,
        summary: 'Stammdaten ändern (409 bei veralteter Version)',
        params: fallParams,
        body: fallAenderung,
        response: { 200: fall, ...fehler },
      },
    },
    async (req) => updateFall(req.kontext(), req.params.id, req.body),
  );
}
