import {
  beschwerde,
  beschwerdeAbschluss,
  beschwerdeEingereicht,
  beschwerdeEinreichen,
  beschwerdeErfassen,
  beschwerdeStatistik,
  beschwerdeStatistikAbfrage,
  beschwerdeStatusEingabe,
  beschwerdeVerantwortlich,
} from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { erfasseBeschwerde } from '../../use-cases/beschwerden/erfasse-beschwerde.ts';
import { ladeBeschwerdeStatistik } from '../../use-cases/beschwerden/lade-beschwerde-statistik.ts';
import { listBeschwerden } from '../../use-cases/beschwerden/list-beschwerden.ts';
import {
  type BeschwerdeDrosselung,
  reicheBeschwerdeEin,
} from '../../use-cases/beschwerden/reiche-beschwerde-ein.ts';
import { schliesseBeschwerdeAb } from '../../use-cases/beschwerden/schliesse-beschwerde-ab.ts';
import { setzeBeschwerdeVerantwortlich } from '../../use-cases/beschwerden/setze-beschwerde-verantwortlich.ts';
import { setzeBeschwerdestatus } from '../../use-cases/beschwerden/setze-beschwerdestatus.ts';
import { fehler, id } from '../schemas.ts';

export function beschwerdenRouten(app: FastifyInstance, opt: { drosselung: BeschwerdeDrosselung }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Beschwerden'];

  // No session and no CSRF token (plugins/auth.ts lists it as public, like the login): there is no
  // session a forged request could ride on. The body must be JSON, which a foreign page cannot send
  // without a CORS preflight that this server never grants.
  r.post(
    '/api/beschwerden/oeffentlich',
    {
      schema: {
        tags,
        summary: 'Beschwerde über das öffentliche Formular einreichen (ohne Anmeldung, auch anonym)',
        security: [],
        body: beschwerdeEinreichen,
        response: { 201: beschwerdeEingereicht, ...fehler },
      },
    },
    async (req, reply) => {
      const ergebnis = await reicheBeschwerdeEin(app.db, { ...req.body, ip: req.ip }, opt.drosselung);
      return reply.status(201).send(ergebnis);
    },
  );

  r.get(
    '/api/beschwerden',
    {
      schema: {
        tags,
        summary: 'Beschwerden der Organisation mit Status und Fristen (Leitung)',
        response: { 200: z.array(beschwerde), ...fehler },
      },
    },
    async (req) => listBeschwerden(req.kontext()),
  );

  r.patch(
    '/api/beschwerden/:id',
    {
      schema: {
        tags,
        summary: 'Beschwerde weiterführen: in Bearbeitung, beantwortet, abgeschlossen (Leitung)',
        params: z.object({ id }),
        body: beschwerdeStatusEingabe,
        response: { 200: beschwerde, ...fehler },
      },
    },
    async (req) => setzeBeschwerdestatus(req.kontext(), req.params.id, req.body),
  );

  r.post(
    '/api/beschwerden',
    {
      schema: {
        tags,
        summary: 'Beschwerde erfassen, die telefonisch, schriftlich oder persönlich kam (Leitung)',
        body: beschwerdeErfassen,
        response: { 201: beschwerde, ...fehler },
      },
    },
    async (req, reply) => reply.status(201).send(await erfasseBeschwerde(req.kontext(), req.body)),
  );

  r.get(
    '/api/beschwerden/statistik',
    {
      schema: {
        tags,
        summary: 'Beschwerden eines Jahres in Zahlen: Herkunft, Monate, Bearbeitungsdauer, Fristen (Leitung)',
        querystring: beschwerdeStatistikAbfrage,
        response: { 200: beschwerdeStatistik, ...fehler },
      },
    },
    async (req) => ladeBeschwerdeStatistik(req.kontext(), req.query.jahr),
  );

  r.put(
    '/api/beschwerden/:id/verantwortlich',
    {
      schema: {
        tags,
        summary: 'Verantwortliche Person einer Beschwerde festlegen (Leitung)',
        params: z.object({ id }),
        body: beschwerdeVerantwortlich,
        response: { 200: beschwerde, ...fehler },
      },
    },
    async (req) => setzeBeschwerdeVerantwortlich(req.kontext(), req.params.id, req.body.verantwortlichId),
  );

  r.put(
    '/api/beschwerden/:id/abschluss',
    {
      schema: {
        tags,
        summary: 'Ergebnis und Abschlussdatum einer Beschwerde erfassen (Leitung)',
        params: z.object({ id }),
        body: beschwerdeAbschluss,
        response: { 200: beschwerde, ...fehler },
      },
    },
    async (req) => schliesseBeschwerdeAb(req.kontext(), req.params.id, req.body),
  );
}
