import { EMPFEHLUNGEN } from '@hilfewerk/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { acceptAnfrage } from '../../use-cases/anfragen/accept-anfrage.ts';
import { createAnfrage } from '../../use-cases/anfragen/create-anfrage.ts';
import { declineAnfrage } from '../../use-cases/anfragen/decline-anfrage.ts';
import { getAnfrage } from '../../use-cases/anfragen/get-anfrage.ts';
import { listAnfragen } from '../../use-cases/anfragen/list-anfragen.ts';
import { listTraeger } from '../../use-cases/anfragen/list-traeger.ts';
import { withdrawAnfrage } from '../../use-cases/anfragen/withdraw-anfrage.ts';
import { datum, id, optText, pflicht } from '../schemas.ts';

const neueAnfrage = z.object({
  traegerId: z.uuid({ error: 'Bitte wählen Sie einen Träger aus der Liste.' }),
  leistung: pflicht('die Leistung', 100),
  variante: z.string().trim().max(100).nullable().optional(),
  jungerMensch: z.object(
    {
      vorname: pflicht('den Vornamen des jungen Menschen'),
      nachname: pflicht('den Nachnamen des jungen Menschen'),
      geburtsdatum: datum,
    },
    { error: 'Bitte geben Sie den jungen Menschen an (Vorname, Nachname, Geburtsdatum).' },
  ),
  beginn: datum,
  umfangStundenMonat: z
    .number({ error: 'Der Umfang muss eine Zahl (Stunden im Monat) sein.' })
    .positive('Der Umfang muss größer als 0 sein.')
    .max(744, 'Ein Monat hat höchstens 744 Stunden.')
    .nullable()
    .optional(),
  empfehlung: z
    .enum(EMPFEHLUNGEN, { error: 'Die Empfehlung ist „fachkraft“, „semiprofessionell“ oder leer.' })
    .nullable()
    .optional(),
  kinderschutzrelevant: z
    .boolean({ error: 'Bitte angeben, ob der Fall kinderschutzrelevant ist (ja/nein).' })
    .optional(),
  anlass: pflicht('den Anlass der Anfrage', 4000),
  aktenzeichenJugendamt: optText(100),
});

export function anfragenRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Anfragen'];
  const params = z.object({ id });

  r.get(
    '/api/traeger',
    { schema: { tags, summary: 'Träger, die das Jugendamt anfragen kann, mit ihren Leistungen' } },
    async (req) => listTraeger(req.kontext()),
  );

  r.post(
    '/api/anfragen',
    { schema: { tags, summary: 'Anfrage des ASD an einen Träger (Anfrageformular)', body: neueAnfrage } },
    async (req, reply) => reply.status(201).send(await createAnfrage(req.kontext(), req.body)),
  );

  r.get(
    '/api/anfragen',
    {
      schema: {
        tags,
        summary: 'Anfragen: beim ASD die gesendeten, bei der Leitung eines Trägers die an ihn gerichteten',
      },
    },
    async (req) => listAnfragen(req.kontext()),
  );

  r.get('/api/anfragen/:id', { schema: { tags, summary: 'Eine Anfrage', params } }, async (req) =>
    getAnfrage(req.kontext(), req.params.id),
  );

  r.post(
    '/api/anfragen/:id/zusage',
    {
      schema: {
        tags,
        summary:
          'Zusage des Trägers: legt Fall und Hilfe an (409, wenn schon beantwortet oder zurückgezogen)',
        params,
        body: z.object({ beginn: datum, aktenzeichen: optText(100) }),
      },
    },
    async (req, reply) => reply.status(201).send(await acceptAnfrage(req.kontext(), req.params.id, req.body)),
  );

  r.post(
    '/api/anfragen/:id/absage',
    {
      schema: {
        tags,
        summary: 'Absage des Trägers mit Grund (409, wenn schon beantwortet oder zurückgezogen)',
        params,
        body: z.object({ grund: pflicht('den Grund der Absage', 2000) }),
      },
    },
    async (req) => declineAnfrage(req.kontext(), req.params.id, req.body.grund),
  );

  r.post(
    '/api/anfragen/:id/zurueckziehen',
    { schema: { tags, summary: 'Anfrage zurückziehen (ASD; 409, wenn schon beantwortet)', params } },
    async (req) => withdrawAnfrage(req.kontext(), req.params.id),
  );
}
