import { besetzung, besetzungAbfrage, mitarbeiter, mitarbeiterEingabe, vkEingabe } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createMitarbeiter } from '../../use-cases/personal/create-mitarbeiter.ts';
import { getBesetzung } from '../../use-cases/personal/get-besetzung.ts';
import { listMitarbeiter } from '../../use-cases/personal/list-mitarbeiter.ts';
import { setzeVk } from '../../use-cases/personal/setze-vk.ts';
import { fehler, id } from '../schemas.ts';

export function personalRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Personal'];

  r.get(
    '/api/personal/besetzung',
    {
      schema: {
        tags,
        summary: 'Besetzung eines Monats je Leistung gegen die Personalschlüssel des Katalogs (Leitung)',
        querystring: besetzungAbfrage,
        response: { 200: z.array(besetzung), ...fehler },
      },
    },
    async (req) => getBesetzung(req.kontext(), req.query.monat),
  );

  r.get(
    '/api/personal',
    {
      schema: {
        tags,
        summary: 'Personal der Organisation (Leitung, Administration)',
        response: { 200: z.array(mitarbeiter), ...fehler },
      },
    },
    async (req) => listMitarbeiter(req.kontext()),
  );

  r.post(
    '/api/personal',
    {
      schema: {
        tags,
        summary: 'Person ins Personalverzeichnis aufnehmen (Leitung, Administration)',
        body: mitarbeiterEingabe,
        response: { 201: mitarbeiter, ...fehler },
      },
    },
    async (req, reply) => reply.status(201).send(await createMitarbeiter(req.kontext(), req.body)),
  );

  r.post(
    '/api/personal/:id/vk',
    {
      schema: {
        tags,
        summary: 'Stellenumfang ab einem Tag ändern (Leitung, Administration)',
        params: z.object({ id }),
        body: vkEingabe,
        response: { 201: mitarbeiter, ...fehler },
      },
    },
    async (req, reply) => reply.status(201).send(await setzeVk(req.kontext(), req.params.id, req.body)),
  );
}
