import { BESCHWERDE_STATUS } from '@hilfewerk/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listBeschwerden } from '../../use-cases/beschwerden/list-beschwerden.ts';
import {
  type BeschwerdeDrosselung,
  reicheBeschwerdeEin,
} from '../../use-cases/beschwerden/reiche-beschwerde-ein.ts';
import { setzeBeschwerdestatus } from '../../use-cases/beschwerden/setze-beschwerdestatus.ts';
import { fehlerAntwort, id, optText } from '../schemas.ts';

const beschwerdeAntwort = z.object({
  id: z.string(),
  vorgangsnummer: z.string(),
  quelle: z.enum(['oeffentlich', 'intern']),
  text: z.string(),
  kontakt: z.string().nullable(),
  status: z.enum(BESCHWERDE_STATUS),
  eingegangenAm: z.string(),
  bestaetigungFaellig: z.string(),
  antwortFaellig: z.string(),
  bestaetigtAm: z.string().nullable(),
  beantwortetAm: z.string().nullable(),
  abgeschlossenAm: z.string().nullable(),
  ergebnis: z.string().nullable(),
  bestaetigungUeberfaellig: z.boolean(),
  antwortUeberfaellig: z.boolean(),
});

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
        body: z.object({
          organisation: z
            .string({ error: 'Die Organisation fehlt.' })
            .trim()
            .regex(/^[a-z0-9-]{1,60}$/i, 'Die Organisation ist unbekannt.'),
          text: z
            .string({ error: 'Bitte schreiben Sie Ihre Beschwerde auf.' })
            .trim()
            .min(1, 'Bitte schreiben Sie Ihre Beschwerde auf.')
            .max(5000, 'Bitte fassen Sie sich kürzer: höchstens 5000 Zeichen.'),
          kontakt: z.string().trim().max(200, 'Höchstens 200 Zeichen.').optional(),
          webseite: z.string().max(500).optional(),
        }),
        response: { 201: z.object({ vorgangsnummer: z.string() }), 404: fehlerAntwort, 429: fehlerAntwort },
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
        response: { 200: z.array(beschwerdeAntwort), 403: fehlerAntwort },
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
        body: z.object({
          status: z.enum(BESCHWERDE_STATUS, {
            error: 'Bitte einen Status wählen: in_bearbeitung, beantwortet oder abgeschlossen.',
          }),
          ergebnis: optText(4000),
        }),
        response: { 200: beschwerdeAntwort, 403: fehlerAntwort, 404: fehlerAntwort, 422: fehlerAntwort },
      },
    },
    async (req) => setzeBeschwerdestatus(req.kontext(), req.params.id, req.body),
  );
}
