import {
  eigeneHilfe,
  eintragAenderung,
  leistungseintrag,
  leistungsFilter,
  neuerEintrag,
} from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createLeistung } from '../../use-cases/leistungen/create-leistung.ts';
import { deleteLeistung } from '../../use-cases/leistungen/delete-leistung.ts';
import { listEigeneHilfen } from '../../use-cases/leistungen/list-eigene-hilfen.ts';
import { listLeistungen } from '../../use-cases/leistungen/list-leistungen.ts';
import { updateLeistung } from '../../use-cases/leistungen/update-leistung.ts';
import { fehler, id, leer } from '../schemas.ts';

export function leistungenRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Leistungseinträge'];

  r.get(
    '/api/leistungen',
    {
      schema: {
        tags,
        summary: 'Eigene Leistungseinträge, neueste zuerst',
        querystring: leistungsFilter,
        response: { 200: z.array(leistungseintrag), ...fehler },
      },
    },
    async (req) => listLeistungen(req.kontext(), req.query),
  );

  r.get(
    '/api/leistungen/hilfen',
    {
      schema: {
        tags,
        summary: 'Hilfen, für die die Person Stunden erfassen kann (eigene Fälle)',
        response: { 200: z.array(eigeneHilfe), ...fehler },
      },
    },
    async (req) => listEigeneHilfen(req.kontext()),
  );

  r.post(
    '/api/leistungen',
    {
      schema: {
        tags,
        summary:
          'Leistung erfassen (422 bei ungültiger Dauer oder fremdem Fall, 409 bei Überschneidung oder abgeschlossenem Monat)',
        body: neuerEintrag,
        response: { 201: leistungseintrag, ...fehler },
      },
    },
    async (req, reply) => reply.status(201).send(await createLeistung(req.kontext(), req.body)),
  );

  r.put(
    '/api/leistungen/:id',
    {
      schema: {
        tags,
        summary: 'Eigenen, noch nicht abgerechneten Eintrag ersetzen (409 bei veralteter Version)',
        params: z.object({ id }),
        body: eintragAenderung,
        response: { 200: leistungseintrag, ...fehler },
      },
    },
    async (req) => updateLeistung(req.kontext(), req.params.id, req.body),
  );

  r.delete(
    '/api/leistungen/:id',
    {
      schema: {
        tags,
        summary: 'Eigenen, noch nicht abgerechneten Eintrag löschen',
        params: z.object({ id }),
        response: { 204: leer, ...fehler },
      },
    },
    async (req, reply) => {
      await deleteLeistung(req.kontext(), req.params.id);
      return reply.status(204).send(null);
    },
  );
}
