import {
  fehler,
  leistungsangebot,
  leistungsangebotEingabe,
  leistungsangebotParams,
  rechnungsangaben,
  rechnungsangabenAenderung,
} from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { addLeistungsangebot } from '../../use-cases/leistungsangebot/add-leistungsangebot.ts';
import { listLeistungsangebot } from '../../use-cases/leistungsangebot/list-leistungsangebot.ts';
import { removeLeistungsangebot } from '../../use-cases/leistungsangebot/remove-leistungsangebot.ts';
import { getRechnungsangaben } from '../../use-cases/stammdaten/get-rechnungsangaben.ts';
import { setzeRechnungsangaben } from '../../use-cases/stammdaten/setze-rechnungsangaben.ts';

export function organisationRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Organisation'];
  r.get(
    '/api/organisation/rechnungsangaben',
    {
      schema: {
        tags,
        summary: 'Rechnungsangaben der eigenen Organisation und was für Rechnungen noch fehlt',
        response: { 200: rechnungsangaben, ...fehler },
      },
    },
    async (req) => getRechnungsangaben(req.kontext()),
  );
  r.put(
    '/api/organisation/rechnungsangaben',
    {
      schema: {
        tags,
        summary: 'Rechnungsangaben ersetzen (Administration)',
        body: rechnungsangabenAenderung,
        response: { 200: rechnungsangaben, ...fehler },
      },
    },
    async (req) => setzeRechnungsangaben(req.kontext(), req.body),
  );

  r.get(
    '/api/organisation/leistungen',
    {
      schema: {
        tags,
        summary:
          'Leistungen aus dem Katalog, die der eigene Träger anbietet (Jugendämter können sie anfragen)',
        response: { 200: leistungsangebot, ...fehler },
      },
    },
    async (req) => listLeistungsangebot(req.kontext()),
  );
  r.post(
    '/api/organisation/leistungen',
    {
      schema: {
        tags,
        summary: 'Eine Leistung ins Angebot aufnehmen (Leitung; 409, wenn schon angeboten)',
        body: leistungsangebotEingabe,
        response: { 201: leistungsangebot, ...fehler },
      },
    },
    async (req, reply) => reply.status(201).send(await addLeistungsangebot(req.kontext(), req.body.leistung)),
  );
  r.delete(
    '/api/organisation/leistungen/:leistung',
    {
      schema: {
        tags,
        summary:
          'Eine Leistung aus dem Angebot nehmen (Leitung; 409, solange Anfragen dazu offen sind; laufende Hilfen bleiben)',
        params: leistungsangebotParams,
        response: { 200: leistungsangebot, ...fehler },
      },
    },
    async (req) => removeLeistungsangebot(req.kontext(), req.params.leistung),
  );
}
