import {
  abwesenheit,
  abwesenheitEingabe,
  abwesenheitParams,
  besetzung,
  besetzungAbfrage,
  besetzungJahr,
  besetzungJahrAbfrage,
  mitarbeiter,
  mitarbeiterAenderung,
  mitarbeiterEingabe,
  vkEingabe,
} from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createAbwesenheit } from '../../use-cases/personal/create-abwesenheit.ts';
import { createMitarbeiter } from '../../use-cases/personal/create-mitarbeiter.ts';
import { deleteAbwesenheit } from '../../use-cases/personal/delete-abwesenheit.ts';
import { getBesetzung } from '../../use-cases/personal/get-besetzung.ts';
import { getBesetzungJahr } from '../../use-cases/personal/get-besetzung-jahr.ts';
import { listAbwesenheiten } from '../../use-cases/personal/list-abwesenheiten.ts';
import { listMitarbeiter } from '../../use-cases/personal/list-mitarbeiter.ts';
import { setzeVk } from '../../use-cases/personal/setze-vk.ts';
import { updateMitarbeiter } from '../../use-cases/personal/update-mitarbeiter.ts';
import { fehler, id, leer } from '../schemas.ts';

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
    '/api/personal/besetzung/jahr',
    {
      schema: {
        tags,
        summary: 'Soll- und Ist-VK je Monat eines Jahres und Leistung (Leitung)',
        querystring: besetzungJahrAbfrage,
        response: { 200: z.array(besetzungJahr), ...fehler },
      },
    },
    async (req) => getBesetzungJahr(req.kontext(), req.query.jahr),
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

  r.patch(
    '/api/personal/:id',
    {
      schema: {
        tags,
        summary:
          'Angaben einer Person ändern: Qualifikation, Vertrag, Führungszeugnis (Leitung, Administration)',
        params: z.object({ id }),
        body: mitarbeiterAenderung,
        response: { 200: mitarbeiter, ...fehler },
      },
    },
    async (req) => updateMitarbeiter(req.kontext(), req.params.id, req.body),
  );

  r.get(
    '/api/personal/abwesenheiten',
    {
      schema: {
        tags,
        summary: 'Abwesenheiten ab diesem Monat mit den Fällen ohne Vertretung (Leitung, Administration)',
        response: { 200: z.array(abwesenheit), ...fehler },
      },
    },
    async (req) => listAbwesenheiten(req.kontext()),
  );

  r.post(
    '/api/personal/:id/abwesenheiten',
    {
      schema: {
        tags,
        summary: 'Urlaub oder Krankheit einer Person mit Vertretung eintragen (Leitung, Administration)',
        params: z.object({ id }),
        body: abwesenheitEingabe,
        response: { 201: abwesenheit, ...fehler },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createAbwesenheit(req.kontext(), req.params.id, req.body)),
  );

  r.delete(
    '/api/personal/abwesenheiten/:id',
    {
      schema: {
        tags,
        summary: 'Abwesenheit entfernen (Leitung, Administration)',
        params: abwesenheitParams,
        response: { 204: leer, ...fehler },
      },
    },
    async (req, reply) => {
      await deleteAbwesenheit(req.kontext(), req.params.id);
      return reply.status(204).send(null);
    },
  );
}
