import { FALL_STATUS } from '@hilfewerk/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createFall } from '../../use-cases/faelle/create-fall.ts';
import { getFall } from '../../use-cases/faelle/get-fall.ts';
import { listFaelle } from '../../use-cases/faelle/list-faelle.ts';
import { updateFall } from '../../use-cases/faelle/update-fall.ts';
import { fallParams, id, neuePerson, pflicht, proSeite, seite, version } from '../schemas.ts';

const status = z.enum(FALL_STATUS, { error: 'Status ist aktiv oder beendet.' });

export function faelleRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Fälle'];

  r.get(
    '/api/faelle',
    {
      schema: {
        tags,
        summary: 'Fälle, die die angemeldete Person sehen darf (Gesamtzahl im Kopf x-gesamtzahl)',
        querystring: z.object({
          suche: z.string().trim().max(200).optional(),
          leistung: z.string().trim().max(100).optional(),
          jugendamt: id.optional(),
          status: status.optional(),
          seite,
          proSeite,
        }),
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
        body: z.object({
          aktenzeichen: pflicht('das Aktenzeichen', 50),
          bezeichnung: pflicht('eine Bezeichnung'),
          personen: z.array(neuePerson).max(50).optional(),
        }),
      },
    },
    async (req, reply) => reply.status(201).send(await createFall(req.kontext(), req.body)),
  );

  r.get('/api/faelle/:id', { schema: { tags, summary: 'Fallakte', params: fallParams } }, async (req) =>
    getFall(req.kontext(), req.params.id),
  );

  r.patch(
    '/api/faelle/:id',
    {
      schema: {
        tags,
        summary: 'Stammdaten ändern (409 bei veralteter Version)',
        params: fallParams,
        body: z.object({
          version,
          aktenzeichen: pflicht('das Aktenzeichen', 50).optional(),
          bezeichnung: pflicht('eine Bezeichnung').optional(),
          status: status.optional(),
        }),
      },
    },
    async (req) => updateFall(req.kontext(), req.params.id, req.body),
  );
}
