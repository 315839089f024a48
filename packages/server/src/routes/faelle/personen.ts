import { neuePerson, person, personAenderung } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createPerson } from '../../use-cases/personen/create-person.ts';
import { updatePerson } from '../../use-cases/personen/update-person.ts';
import { fallParams, fehler, id } from '../schemas.ts';

export function personenRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Personen'];

  r.post(
    '/api/faelle/:id/personen',
    {
      schema: {
        tags,
        summary: 'Person zum Fall hinzufügen',
        params: fallParams,
        body: neuePerson,
        response: { 201: person, ...fehler },
      },
    },
    async (req, reply) => reply.status(201).send(await createPerson(req.kontext(), req.params.id, req.body)),
  );

  r.patch(
    '/api/faelle/:id/personen/:personId',
    {
      schema: {
        tags,
        summary: 'Person ändern (409 bei veralteter Version)',
        params: z.object({ id, personId: id }),
        body: personAenderung,
        response: { 200: person, ...fehler },
      },
    },
    async (req) => updatePerson(req.kontext(), req.params.id, req.params.personId, req.body),
  );
}
