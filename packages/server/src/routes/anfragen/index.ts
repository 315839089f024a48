import {
  absageEingabe,
  anfrageDto,
  fehler,
  neueAnfrage,
  traegerZeile,
  zusageEingabe,
  zusageErgebnis,
} from '@hilfewerk/api';
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
import { id } from '../schemas.ts';

export function anfragenRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Anfragen'];
  const params = z.object({ id });

  r.get(
    '/api/traeger',
    {
      schema: {
        tags,
        summary: 'Träger, die das Jugendamt anfragen kann, mit ihren Leistungen',
        response: { 200: z.array(traegerZeile), ...fehler },
      },
    },
    async (req) => listTraeger(req.kontext()),
  );

  r.post(
    '/api/anfragen',
    {
      schema: {
        tags,
        summary: 'Anfrage des ASD an einen Träger (Anfrageformular)',
        body: neueAnfrage,
        response: { 201: anfrageDto, ...fehler },
      },
    },
    async (req, reply) => reply.status(201).send(await createAnfrage(req.kontext(), req.body)),
  );

  r.get(
    '/api/anfragen',
    {
      schema: {
        tags,
        summary: 'Anfragen: beim ASD die gesendeten, bei der Leitung eines Trägers die an ihn gerichteten',
        response: { 200: z.array(anfrageDto), ...fehler },
      },
    },
    async (req) => listAnfragen(req.kontext()),
  );

  r.get(
    '/api/anfragen/:id',
    { schema: { tags, summary: 'Eine Anfrage', params, response: { 200: anfrageDto, ...fehler } } },
    async (req) => getAnfrage(req.kontext(), req.params.id),
  );

  r.post(
    '/api/anfragen/:id/zusage',
    {
      schema: {
        tags,
        summary:
          'Zusage des Trägers: legt Fall und Hilfe an (409, wenn schon beantwortet oder zurückgezogen)',
        params,
        body: zusageEingabe,
        response: { 201: zusageErgebnis, ...fehler },
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
        body: absageEingabe,
        response: { 200: anfrageDto, ...fehler },
      },
    },
    async (req) => declineAnfrage(req.kontext(), req.params.id, req.body.grund),
  );

  r.post(
    '/api/anfragen/:id/zurueckziehen',
    {
      schema: {
        tags,
        summary: 'Anfrage zurückziehen (ASD; 409, wenn schon beantwortet)',
        params,
        response: { 200: anfrageDto, ...fehler },
      },
    },
    async (req) => withdrawAnfrage(req.kontext(), req.params.id),
  );
}
