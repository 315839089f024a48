import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SITZUNGS_COOKIE } from '../../plugins/auth.ts';
import { aenderePasswort } from '../../use-cases/auth/aendere-passwort.ts';
import { beendeAlleSitzungen } from '../../use-cases/auth/beende-alle-sitzungen.ts';
import { authDto } from '../../use-cases/auth/intern/auth-dto.ts';
import { listSitzungen } from '../../use-cases/auth/list-sitzungen.ts';
import { type AnmeldeOptionen, login } from '../../use-cases/auth/login.ts';
import { logout } from '../../use-cases/auth/logout.ts';

export interface AuthRoutenOptionen {
  anmeldung: AnmeldeOptionen;
  /** Login requests per minute and address (@fastify/rate-limit), on top of the failure count. */
  anmeldeLimitProMinute: number;
  sitzungMinuten: number;
}

export function authRouten(app: FastifyInstance, opt: AuthRoutenOptionen): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookie = { httpOnly: true, sameSite: 'lax', secure: 'auto', path: '/' } as const;

  r.post(
    '/api/auth/login',
    {
      config: { rateLimit: { max: opt.anmeldeLimitProMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['Anmeldung'],
        summary: 'Anmelden; setzt das Sitzungs-Cookie und liefert das CSRF-Token',
        body: z.object({
          email: z
            .string({ error: 'Bitte geben Sie Ihre E-Mail-Adresse an.' })
            .trim()
            .min(1, 'Bitte geben Sie Ihre E-Mail-Adresse an.'),
          passwort: z
            .string({ error: 'Bitte geben Sie Ihr Passwort an.' })
            .min(1, 'Bitte geben Sie Ihr Passwort an.'),
        }),
      },
    },
    async (req, reply) => {
      const { token, auth } = await login(app.db, { ...req.body, ip: req.ip }, opt.anmeldung);
      reply.setCookie(SITZUNGS_COOKIE, token, cookie);
      return authDto(auth);
    },
  );

  r.get('/api/auth/me', { schema: { tags: ['Anmeldung'], summary: 'Angemeldete Person' } }, async (req) =>
    authDto(req.kontext().auth),
  );

  r.get(
    '/api/auth/csrf',
    { schema: { tags: ['Anmeldung'], summary: 'CSRF-Token der Sitzung' } },
    async (req) => ({
      csrfToken: req.kontext().auth.csrfToken,
    }),
  );

  r.post(
    '/api/auth/passwort',
    {
      schema: {
        tags: ['Anmeldung'],
        summary:
          'Eigenes Passwort ändern (auch das Einmalpasswort): mindestens 12 Zeichen, nicht die E-Mail, nicht das alte, kein häufiges',
        body: z.object({
          altesPasswort: z
            .string({ error: 'Bitte geben Sie Ihr bisheriges Passwort an.' })
            .min(1, 'Bitte geben Sie Ihr bisheriges Passwort an.')
            .max(1000, 'Höchstens 1000 Zeichen.'),
          neuesPasswort: z
            .string({ error: 'Bitte geben Sie ein neues Passwort an.' })
            .min(1, 'Bitte geben Sie ein neues Passwort an.')
            .max(1000, 'Höchstens 1000 Zeichen.'),
        }),
      },
    },
    async (req) => {
      const k = req.kontext();
      await aenderePasswort(k, req.body);
      // The cached session still says "one-time password"; other sessions of the account are gone.
      app.vergesseBenutzer(k.auth.benutzer.id);
      return authDto({ ...k.auth, passwortAendern: false });
    },
  );

  r.get(
    '/api/auth/sitzungen',
    { schema: { tags: ['Anmeldung'], summary: 'Eigene offene Sitzungen (Geräte), die aktuelle markiert' } },
    async (req) => listSitzungen(req.kontext()),
  );

  r.post(
    '/api/auth/sitzungen/beenden',
    { schema: { tags: ['Anmeldung'], summary: 'Überall abmelden: beendet jede Sitzung des eigenen Kontos' } },
    async (req, reply) => {
      const k = req.kontext();
      await beendeAlleSitzungen(k);
      app.vergesseBenutzer(k.auth.benutzer.id);
      reply.clearCookie(SITZUNGS_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  r.post('/api/auth/logout', { schema: { tags: ['Anmeldung'], summary: 'Abmelden' } }, async (req, reply) => {
    await logout(req.kontext());
    app.vergesseSitzung(req.cookies[SITZUNGS_COOKIE] ?? '');
    reply.clearCookie(SITZUNGS_COOKIE, { path: '/' });
    return reply.status(204).send();
  });
}
