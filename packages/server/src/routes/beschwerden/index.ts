import {
  beschwerde,
  beschwerdeEingereicht,
  beschwerdeEinreichen,
  beschwerdeStatusEingabe,
} from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listBeschwerden } from '../../use-cases/beschwerden/list-beschwerden.ts';
import {
  type BeschwerdeDrosselung,
  reicheBeschwerdeEin,
} from '../../use-cases/beschwerden/reiche-beschwerde-ein.ts';
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
}
