import { ssoRueckruf, ssoStatus } from '@hilfewerk/api';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { HttpFehler } from '../../fehler.ts';
import type { OidcKonfiguration } from '../../konfiguration/oidc.ts';
import { SITZUNGS_COOKIE } from '../../plugins/auth.ts';
import { SsoAbgewiesen } from '../../use-cases/auth/intern/sso-abgewiesen.ts';
import { SSO_COOKIE, SSO_VORGANG_MINUTEN } from '../../use-cases/auth/intern/sso-vorgang.ts';
import type { AnmeldeOptionen } from '../../use-cases/auth/login.ts';
import { loginSso } from '../../use-cases/auth/login-sso.ts';
import { starteSso } from '../../use-cases/auth/starte-sso.ts';
import { datei, fehler, leer } from '../schemas.ts';
import { ablehnungsSeite } from './ablehnungs-seite.ts';

export interface OidcRoutenOptionen {
  oidc: OidcKonfiguration | null;
  anmeldung: AnmeldeOptionen;
  anmeldeLimitProMinute: number;
}

const RUECKRUF = '/api/auth/oidc/rueckruf';
const tags = ['Anmeldung'];
const seite = datei('text/html', 'Deutsche Seite: warum die Anmeldung nicht möglich war, mit Weg zurück');

/** Single sign-on over OpenID Connect (docs/adr/0007-oidc.md). Without configuration only the status answers. */
export function oidcRouten(app: FastifyInstance, opt: OidcRoutenOptionen): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // The attempt's cookie is only sent back to the callback; Lax reaches it on the provider's top-level redirect.
  const vorgangsCookie = {
    httpOnly: true,
    sameSite: 'lax',
    secure: 'auto',
    path: RUECKRUF,
    maxAge: SSO_VORGANG_MINUTEN * 60,
  } as const;
  const limit = { rateLimit: { max: opt.anmeldeLimitProMinute, timeWindow: '1 minute' } };

  const konfiguriert = (): OidcKonfiguration => {
    if (!opt.oidc) throw new HttpFehler(404, 'Single Sign-on ist für diese Installation nicht eingerichtet.');
    return opt.oidc;
  };
  const abgewiesen = (reply: FastifyReply, e: SsoAbgewiesen) => {
    // The technical reason for the operator; the page says what the person can do.
    reply.log.warn({ sso: e.protokoll }, 'Single Sign-on abgewiesen');
    reply.clearCookie(SSO_COOKIE, { path: RUECKRUF });
    return reply.status(e.status).type('text/html; charset=utf-8').send(ablehnungsSeite(e.message));
  };

  r.get(
    '/api/auth/oidc',
    {
      schema: {
        tags,
        summary: 'Ob Single Sign-on eingerichtet ist (die Anmeldeseite bietet es dann an)',
        response: { 200: ssoStatus, ...fehler },
      },
    },
    async () => ({ aktiv: opt.oidc !== null }),
  );

  r.get(
    '/api/auth/oidc/start',
    {
      config: limit,
      schema: {
        tags,
        summary: 'Single Sign-on beginnen: weiter zum Anmeldedienst (state, nonce, PKCE S256)',
        response: { 302: leer.describe('Weiter zum Anmeldedienst'), 503: seite, ...fehler },
      },
    },
    async (req, reply) => {
      const konf = konfiguriert();
      const redirectUri = konf.redirectUri ?? `${req.protocol}://${req.host}${RUECKRUF}`;
      try {
        const { adresse, vorgang } = await starteSso(konf, redirectUri);
        reply.setCookie(SSO_COOKIE, vorgang, vorgangsCookie);
        return reply.redirect(adresse, 302);
      } catch (e) {
        if (e instanceof SsoAbgewiesen) return abgewiesen(reply, e);
        throw e;
      }
    },
  );

  r.get(
    RUECKRUF,
    {
      config: limit,
      schema: {
        tags,
        summary: 'Rückkehr vom Anmeldedienst: Code einlösen, ID-Token prüfen, Sitzung öffnen',
        querystring: ssoRueckruf,
        response: {
          302: leer.describe('Angemeldet: weiter zur Startseite'),
          400: seite,
          403: seite,
          503: seite,
          ...fehler,
        },
      },
    },
    async (req, reply) => {
      const konf = konfiguriert();
      const antwort = Object.fromEntries(
        Object.entries(req.query).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
      try {
        const { token, auth } = await loginSso(
          app.db,
          konf,
          { vorgang: req.cookies[SSO_COOKIE], antwort, ip: req.ip },
          opt.anmeldung,
        );
        // A changed role must not linger in this instance's session cache.
        app.vergesseBenutzer(auth.benutzer.id);
        reply.clearCookie(SSO_COOKIE, { path: RUECKRUF });
        reply.setCookie(SITZUNGS_COOKIE, token, {
          httpOnly: true,
          sameSite: 'lax',
          secure: 'auto',
          path: '/',
        });
        return reply.redirect('/', 302);
      } catch (e) {
        if (e instanceof SsoAbgewiesen) return abgewiesen(reply, e);
        throw e;
      }
    },
  );
}
