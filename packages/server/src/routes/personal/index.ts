import { PERSONAL_FUNKTIONEN, PERSONAL_QUALIFIKATIONEN } from '@hilfewerk/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createMitarbeiter } from '../../use-cases/personal/create-mitarbeiter.ts';
import { getBesetzung } from '../../use-cases/personal/get-besetzung.ts';
import { listMitarbeiter } from '../../use-cases/personal/list-mitarbeiter.ts';
import { setzeVk } from '../../use-cases/personal/setze-vk.ts';
import { datum, fehlerAntwort, id, optDatum, pflicht } from '../schemas.ts';

const vk = z
  .number({ error: 'Bitte den Stellenumfang (VK) als Zahl angeben, z. B. 0,75.' })
  .min(0, 'Der Stellenumfang liegt zwischen 0 und 1,0 VK.')
  .max(1, 'Eine Person hat höchstens 1,0 VK.');

const mitarbeiterAntwort = z.object({
  id: z.string(),
  benutzerId: z.string().nullable(),
  name: z.string(),
  qualifikation: z.enum(PERSONAL_QUALIFIKATIONEN),
  funktion: z.enum(PERSONAL_FUNKTIONEN),
  berufsjahre: z.number().nullable(),
  leistung: z.string(),
  eintritt: z.string(),
  austritt: z.string().nullable(),
  vkHeute: z.number(),
  vkVerlauf: z.array(z.object({ ab: z.string(), vk: z.number() })),
  fuehrungszeugnisAm: z.string().nullable(),
  fuehrungszeugnisFaellig: z.string().nullable(),
  fuehrungszeugnisUeberfaellig: z.boolean(),
  version: z.number(),
});

const besetzungAntwort = z.object({
  leistung: z.string(),
  titel: z.string(),
  monat: z.string(),
  faelle: z.number(),
  sollVk: z.number().nullable(),
  istVk: z.number(),
  schluessel: z.string().nullable(),
  erfuellt: z.boolean().nullable(),
  zeilen: z.array(
    z.object({
      bereich: z.string(),
      text: z.string(),
      soll: z.number().nullable(),
      ist: z.number().nullable(),
      erfuellt: z.boolean(),
      quelle: z.string(),
    }),
  ),
  hinweise: z.array(z.string()),
});

export function personalRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Personal'];

  r.get(
    '/api/personal/besetzung',
    {
      schema: {
        tags,
        summary: 'Besetzung eines Monats je Leistung gegen die Personalschlüssel des Katalogs (Leitung)',
        querystring: z.object({
          monat: z
            .string({ error: 'Bitte den Monat angeben (JJJJ-MM).' })
            .regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, 'Bitte den Monat im Format JJJJ-MM angeben.'),
        }),
        response: { 200: z.array(besetzungAntwort), 403: fehlerAntwort, 422: fehlerAntwort },
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
        response: { 200: z.array(mitarbeiterAntwort), 403: fehlerAntwort },
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
        body: z.object({
          name: pflicht('den Namen'),
          benutzerId: id.nullable().optional(),
          qualifikation: z.enum(PERSONAL_QUALIFIKATIONEN, {
            error: 'Bitte eine Qualifikation wählen: sozialpaedagogik, erziehung oder semiprofessionell.',
          }),
          funktion: z.enum(PERSONAL_FUNKTIONEN, {
            error: 'Bitte eine Funktion wählen: betreuung oder leitung.',
          }),
          berufsjahre: z
            .number({ error: 'Die Berufsjahre sind eine Zahl.' })
            .int('Die Berufsjahre sind eine ganze Zahl.')
            .min(0, 'Die Berufsjahre liegen zwischen 0 und 60.')
            .max(60, 'Die Berufsjahre liegen zwischen 0 und 60.')
            .nullable()
            .optional(),
          leistung: pflicht('die Leistung', 80),
          eintritt: datum,
          austritt: optDatum,
          vk,
          fuehrungszeugnisAm: optDatum,
        }),
        response: { 201: mitarbeiterAntwort, 403: fehlerAntwort, 422: fehlerAntwort },
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
        body: z.object({ ab: datum, vk }),
        response: { 201: mitarbeiterAntwort, 403: fehlerAntwort, 404: fehlerAntwort, 422: fehlerAntwort },
      },
    },
    async (req, reply) => reply.status(201).send(await setzeVk(req.kontext(), req.params.id, req.body)),
  );
}
