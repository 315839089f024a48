import { neuePerson, person, personAenderung } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auskunftPerson } from '../../use-cases/personen/auskunft-person.ts';
import { auskunftPersonPdf } from '../../use-cases/personen/auskunft-person-pdf.ts';
import { createPerson } from '../../use-cases/personen/create-person.ts';
import { updatePerson } from '../../use-cases/personen/update-person.ts';
import { datei, fallParams, fehler, id } from '../schemas.ts';

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

  r.get(
    '/api/faelle/:id/personen/:personId/auskunft',
    {
      schema: {
        tags,
        summary:
          'Auskunft nach Art. 15 DSGVO: alles Gespeicherte zu einer Person als JSON (Leitung; protokolliert)',
        params: z.object({ id, personId: id }),
        response: { 200: datei('application/json', 'Auskunft nach Art. 15 DSGVO (JSON)'), ...fehler },
      },
    },
    async (req, reply) => {
      const auskunft = await auskunftPerson(req.kontext(), req.params.id, req.params.personId);
      // A document to hand out, not an API object: sent as written, every field of every record kept.
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="auskunft-${req.params.personId}.json"`)
        .send(JSON.stringify(auskunft, null, 2));
    },
  );

  r.get(
    '/api/faelle/:id/personen/:personId/auskunft/pdf',
    {
      schema: {
        tags,
        summary: 'Auskunft nach Art. 15 DSGVO als PDF zum Aushändigen (Leitung; protokolliert)',
        params: z.object({ id, personId: id }),
        response: { 200: datei('application/pdf', 'Auskunft nach Art. 15 DSGVO (PDF)'), ...fehler },
      },
    },
    async (req, reply) => {
      const { pdf } = await auskunftPersonPdf(req.kontext(), req.params.id, req.params.personId);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="auskunft-${req.params.personId}.pdf"`)
        .send(pdf);
    },
  );
}
