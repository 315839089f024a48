import {
  erinnerungEinstellung,
  erinnerungen,
  erledigung,
  frist,
  hilfeendeAbfrage,
  hilfeendepruefung,
  kalenderAbo,
  kalenderFristen,
  meineFristen,
  neuesKalenderAbo,
  organisationsfrist,
  teamFristen,
  zeitraum,
} from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { erledigeFrist } from '../../use-cases/fristen/erledige-frist.ts';
import { erledigeOrganisationsfrist } from '../../use-cases/fristen/erledige-organisationsfrist.ts';
import { erstelleKalenderToken } from '../../use-cases/fristen/erstelle-kalender-token.ts';
import { kalenderAboStatus } from '../../use-cases/fristen/kalender-abo-status.ts';
import { kalenderFeed } from '../../use-cases/fristen/kalender-feed.ts';
import { listErinnerungen } from '../../use-cases/fristen/list-erinnerungen.ts';
import { listFallFristen } from '../../use-cases/fristen/list-fall-fristen.ts';
import { listKalenderFristen } from '../../use-cases/fristen/list-kalender-fristen.ts';
import { listMeineFristen } from '../../use-cases/fristen/list-meine-fristen.ts';
import { listOrganisationsfristen } from '../../use-cases/fristen/list-organisationsfristen.ts';
import { listTeamFristen } from '../../use-cases/fristen/list-team-fristen.ts';
import { pruefeHilfeende } from '../../use-cases/fristen/pruefe-hilfeende.ts';
import { setzeErinnerung } from '../../use-cases/fristen/setze-erinnerung.ts';
import { widerrufeKalenderToken } from '../../use-cases/fristen/widerrufe-kalender-token.ts';
import { datei, fallParams, fehler, id, leer } from '../schemas.ts';

/** Case deadlines, organisation deadlines, reminders and the calendar feed. */
export function fristenRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Fristen'];

  r.get(
    '/api/fristen/meine',
    {
      schema: {
        tags,
        summary: 'Meine offenen Fristen: überfällig, diese Woche, nächste vier Wochen, ohne Datum',
        response: { 200: meineFristen, ...fehler },
      },
    },
    async (req) => listMeineFristen(req.kontext()),
  );
  r.get(
    '/api/fristen/team',
    {
      schema: {
        tags,
        summary: 'Teamübersicht für die Leitung: je Fachkraft überfällige und offene Fristen',
        response: { 200: teamFristen, ...fehler },
      },
    },
    async (req) => listTeamFristen(req.kontext()),
  );
  r.get(
    '/api/fristen/erinnerungen',
    {
      schema: {
        tags,
        summary: 'Erinnerungen: eigene Fristen, die in den eingestellten Tagen fällig werden',
        response: { 200: erinnerungen, ...fehler },
      },
    },
    async (req) => listErinnerungen(req.kontext()),
  );
  r.get(
    '/api/fristen/hilfeende',
    {
      schema: {
        tags,
        summary: 'Spätestes zulässiges Ende einer Hilfe (LT 11: 3 Monate, mit Begründung 6)',
        querystring: hilfeendeAbfrage,
        response: { 200: hilfeendepruefung, ...fehler },
      },
    },
    async (req) => pruefeHilfeende(req.kontext(), req.query),
  );
  r.get(
    '/api/fristen',
    {
      schema: {
        tags,
        summary: 'Fristen eines Zeitraums (Monatskalender), höchstens 62 Tage',
        querystring: zeitraum,
        response: { 200: kalenderFristen, ...fehler },
      },
    },
    async (req) => listKalenderFristen(req.kontext(), req.query.von, req.query.bis),
  );
  r.post(
    '/api/fristen/:id/erledigen',
    {
      schema: {
        tags,
        summary: 'Frist als erledigt vermerken (Datum und Nachweis; die angemeldete Person wird vermerkt)',
        params: z.object({ id }),
        body: erledigung,
        response: { 200: frist, ...fehler },
      },
    },
    async (req) => erledigeFrist(req.kontext(), req.params.id, req.body),
  );
  r.get(
    '/api/faelle/:id/fristen',
    {
      schema: {
        tags,
        summary: 'Alle Fristen eines Falls',
        params: fallParams,
        response: { 200: z.array(frist), ...fehler },
      },
    },
    async (req) => listFallFristen(req.kontext(), req.params.id),
  );
  r.get(
    '/api/organisationsfristen',
    {
      schema: {
        tags,
        summary: 'Fristen des Trägers (Jahresbericht, Qualitätsentwicklungsbericht)',
        response: { 200: z.array(organisationsfrist), ...fehler },
      },
    },
    async (req) => listOrganisationsfristen(req.kontext()),
  );
  r.post(
    '/api/organisationsfristen/:id/erledigen',
    {
      schema: {
        tags,
        summary: 'Frist des Trägers als erledigt vermerken',
        params: z.object({ id }),
        body: erledigung,
        response: { 200: organisationsfrist, ...fehler },
      },
    },
    async (req) => erledigeOrganisationsfrist(req.kontext(), req.params.id, req.body),
  );
  r.put(
    '/api/einstellungen/erinnerung',
    {
      schema: {
        tags,
        summary: 'Wie viele Tage im Voraus an Fristen erinnert wird',
        body: erinnerungEinstellung,
        response: { 200: erinnerungEinstellung, ...fehler },
      },
    },
    async (req) => setzeErinnerung(req.kontext(), req.body.erinnerungTage),
  );

  r.get(
    '/api/kalender/token',
    {
      schema: {
        tags,
        summary: 'Ob ein Kalender-Abonnement besteht (die Adresse selbst ist nicht abrufbar)',
        response: { 200: kalenderAbo, ...fehler },
      },
    },
    async (req) => kalenderAboStatus(req.kontext()),
  );
  r.post(
    '/api/kalender/token',
    {
      schema: {
        tags,
        summary: 'Kalender-Adresse erzeugen oder erneuern (wird nur jetzt angezeigt)',
        response: { 201: neuesKalenderAbo, ...fehler },
      },
    },
    async (req, reply) => {
      const { token, pfad } = await erstelleKalenderToken(req.kontext());
      return reply.status(201).send({ token, pfad, url: `${req.protocol}://${req.host}${pfad}` });
    },
  );
  r.delete(
    '/api/kalender/token',
    { schema: { tags, summary: 'Kalender-Adresse widerrufen', response: { 204: leer, ...fehler } } },
    async (req, reply) => {
      await widerrufeKalenderToken(req.kontext());
      return reply.status(204).send(null);
    },
  );
  r.get(
    '/api/kalender/:datei',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Fristen als iCalendar-Abonnement (ohne Anmeldung, mit geheimem Token; keine Namen)',
        security: [],
        params: z.object({ datei: z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/) }),
        response: { 200: datei('text/calendar', 'iCalendar-Datei'), ...fehler },
      },
    },
    async (req, reply) => {
      const ics = await kalenderFeed(app.db, req.params.datei.slice(0, -'.ics'.length));
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(ics);
    },
  );
}
