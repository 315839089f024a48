import type { FastifyInstance } from 'fastify';
import type { Auth } from '../access/kontext.ts';
import { KeinZugriff, NichtAngemeldet } from '../fehler.ts';
import { gleich, tokenHash } from '../use-cases/auth/intern/token.ts';
import { resolveSitzung } from '../use-cases/auth/resolve-sitzung.ts';

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
  interface FastifyInstance {
    /** Drops a session from the short-lived cache (logout). */
    vergesseSitzung(token: string): void;
    /** Drops every cached session of an account (deactivated, password changed, role changed). */
    vergesseBenutzer(benutzerId: string): void;
  }
}

export const SITZUNGS_COOKIE = 'hw_sitzung';

/**
 * Paths under /api that answer without a session. Login and the public complaint form are protected by
 * their rate limits; neither acts on a session, so there is nothing for a CSRF token to protect.
 */
const OEFFENTLICH = [
  '/api/health',
  '/api/auth/login',
  // Single sign-on: whether it is offered, its start and the provider's callback (with its sub-paths).
  '/api/auth/oidc',
  '/api/openapi.json',
  '/api/docs',
  '/api/beschwerden/oeffentlich',
];
/** Calendar feeds: calendar apps cannot log in; the secret token in the path is the credential. */
const KALENDER_FEED = /^\/api\/kalender\/[^/]+\.ics$/;
const SICHER = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What a session with a one-time password reaches: who it is, the token, the change itself, logout. */
const MIT_EINMALPASSWORT = new Set([
  '/api/auth/me',
  '/api/auth/csrf',
  '/api/auth/passwort',
  '/api/auth/logout',
]);

export interface AuthOptionen {
  /** Idle minutes after which a session ends. @default 60 */
  sitzungMinuten: number;
  /**
   * How long a resolved session is reused without asking the database. Saves a transaction
   * per request; the price is that a session ended on another instance (or a deactivated
   * account) keeps working for at most this long. 0 turns the cache off. @default 5000
   */
  sitzungsCacheMs: number;
}

const CACHE_MAX = 10_000;

/**
 * Resolves the session cookie before anything else runs (so a request without a session gets
 * 401, not a validation error), and checks the CSRF header on every state-changing request.
 */
export function authPlugin(app: FastifyInstance, opt: AuthOptionen): void {
  app.decorateRequest('auth', null);
  const cache = new Map<string, { auth: Auth; bis: number }>();
  // Lookups under way: when the cached entry expires, the requests of the same session that
  // arrive meanwhile share one database lookup instead of each starting their own.
  const laufend = new Map<string, Promise<Auth>>();
  app.decorate('vergesseSitzung', (token: string) => {
    const schluessel = tokenHash(token);
    cache.delete(schluessel);
    laufend.delete(schluessel);
  });
  app.decorate('vergesseBenutzer', (benutzerId: string) => {
    for (const [schluessel, eintrag] of cache) {
      if (eintrag.auth.benutzer.id === benutzerId) cache.delete(schluessel);
    }
    // A lookup under way may have read the old state: it is not cached (see sitzungFuer).
    laufend.clear();
  });

  function sitzungFuer(token: string): Promise<Auth> | Auth {
    const schluessel = tokenHash(token);
    const treffer = cache.get(schluessel);
    if (treffer && treffer.bis > Date.now()) return treffer.auth;
    if (opt.sitzungsCacheMs <= 0) return resolveSitzung(app.db, token, opt.sitzungMinuten);
    const unterwegs = laufend.get(schluessel);
    if (unterwegs) return unterwegs;
    const suche = resolveSitzung(app.db, token, opt.sitzungMinuten).then((auth) => {
      // Not cached when a logout forgot the session while the lookup was under way.
      if (laufend.get(schluessel) === suche) {
        if (cache.size >= CACHE_MAX) cache.clear();
        cache.set(schluessel, { auth, bis: Date.now() + opt.sitzungsCacheMs });
      }
      return auth;
    });
    laufend.set(schluessel, suche);
    const aufraeumen = () => {
      if (laufend.get(schluessel) === suche) laufend.delete(schluessel);
    };
    suche.then(aufraeumen, aufraeumen);
    return suche;
  }

  app.addHook('onRequest', async (req) => {
    const pfad = req.url.split('?')[0];
    if (!pfad.startsWith('/api/') || OEFFENTLICH.some((p) => pfad === p || pfad.startsWith(`${p}/`))) return;
    if (req.method === 'GET' && KALENDER_FEED.test(pfad)) return;
    const token = req.cookies[SITZUNGS_COOKIE];
    if (!token) throw new NichtAngemeldet();
    req.auth = await sitzungFuer(token);
    if (!SICHER.has(req.method)) {
      const kopf = req.headers['x-csrf-token'];
      if (typeof kopf !== 'string' || !gleich(kopf, req.auth.csrfToken)) {
        throw new KeinZugriff(
          'Das Sicherheitstoken (CSRF) fehlt oder ist ungültig. Bitte laden Sie die Seite neu und versuchen Sie es erneut.',
        );
      }
    }
    if (req.auth.passwortAendern && !MIT_EINMALPASSWORT.has(pfad)) {
      throw new KeinZugriff('Bitte legen Sie zuerst ein eigenes Passwort fest, um Hilfewerk zu nutzen.');
    }
  });
}
