import { anmeldung, csrf, sitzung } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { SITZUNGS_COOKIE } from '../../plugins/auth.ts';
import { authDto } from '../../use-cases/auth/intern/auth-dto.ts';
import { type AnmeldeOptionen, login } from '../../use-cases/auth/login.ts';
import { logout } from '../../use-cases/auth/logout.ts';
import { fehler, leer } from '../schemas.ts';

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
        body: anmeldung,
        response: { 200: sitzung, ...fehler },
      },
    },
    async (req, reply) => {
      const { token, auth } = await login(app.db, { ...req.body, ip: req.ip }, opt.anmeldung);
      reply.setCookie(SITZUNGS_COOKIE, token, cookie);
      return authDto(auth);
    },
  );

  r.get(
    '/api/auth/me',
    { schema: { tags: ['Anmeldung'], summary: 'Angemeldete Person', response: { 200: sitzung, ...fehler } } },
    async (req) => authDto(req.kontext().auth),
  );

  r.get(
    '/api/auth/csrf',
    {
      schema: { tags: ['Anmeldung'], summary: 'CSRF-Token der Sitzung', response: { 200: csrf, ...fehler } },
    },
    async (req) => ({
      csrfToken: req.kontext().auth.csrfToken,
    }),
  );

  r.post(
    '/api/auth/logout',
    { schema: { tags: ['Anmeldung'], summary: 'Abmelden', response: { 204: leer, ...fehler } } },
    async (req, reply) => {
      await logout(req.kontext());
      app.vergesseSitzung(req.cookies[SITZUNGS_COOKIE] ?? '');
      reply.clearCookie(SITZUNGS_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
}
