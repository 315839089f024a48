import type { FastifyInstance } from 'fastify';
import type { Auth } from '../access/kontext.ts';
import { KeinZugriff, NichtAngemeldet } from '../fehler.ts';
import { resolveSitzung } from '../use-cases/auth/resolve-sitzung.ts';
import { gleich, tokenHash } from '../use-cases/auth/token.ts';

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
  interface FastifyInstance {
    /** Drops a session from the short-lived cache (logout). */
    vergesseSitzung(token: string): void;
  }
}

export const SITZUNGS_COOKIE = 'hw_sitzung';

/** Paths under /api that answer without a session. Login is protected by its rate limit. */
const OEFFENTLICH = ['/api/health', '/api/auth/login', '/api/openapi.json', '/api/docs'];
const SICHER = new Set(['GET', 'HEAD', 'OPTIONS']);

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
  app.decorate('vergesseSitzung', (token: string) => {
    cache.delete(tokenHash(token));
  });

  async function sitzungFuer(token: string): Promise<Auth> {
    const schluessel = tokenHash(token);
    const jetzt = Date.now();
    const treffer = cache.get(schluessel);
    if (treffer && treffer.bis > jetzt) return treffer.auth;
    const auth = await resolveSitzung(app.db, token, opt.sitzungMinuten);
    if (opt.sitzungsCacheMs > 0) {
      if (cache.size >= CACHE_MAX) cache.clear();
      cache.set(schluessel, { auth, bis: jetzt + opt.sitzungsCacheMs });
    }
    return auth;
  }

  app.addHook('onRequest', async (req) => {
    const pfad = req.url.split('?')[0];
    if (!pfad.startsWith('/api/') || OEFFENTLICH.some((p) => pfad === p || pfad.startsWith(`${p}/`))) return;
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
  });
}
