import { randomBytes } from 'node:crypto';
import { type Datenbank, oeffneDatenbank } from '@hilfewerk/db';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../app.ts';
import { DEMO_PASSWORT } from '../demo/daten.ts';
import type { OidcKonfiguration } from '../konfiguration/oidc.ts';

export interface TestSitzung {
  cookie: string;
  csrfToken: string;
  benutzer: { id: string; email: string; name: string; rolle: string };
  organisation: { id: string; name: string; art: string; bundesland: string };
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  del(url: string): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  db: Datenbank;
  /** Logs a demo account in (password hilfewerk-demo); sessions are cached per e-mail. */
  als(email: string): Promise<TestSitzung>;
  close(): Promise<void>;
}

/**
 * One database per test file, a copy of the run's template (migrated, with demo data; see
 * globale-datenbank.ts), dropped on close.
 */
export async function testApp(
  opt: {
    anmeldung?: { maxFehlversuche?: number };
    oidc?: OidcKonfiguration;
    anmeldeLimitProMinute?: number;
  } = {},
): Promise<TestApp> {
  const { db, aufraeumen } = await testDatenbank();
  const app = await buildApp({
    db,
    demo: true,
    anmeldeLimitProMinute: opt.anmeldeLimitProMinute ?? 10_000,
    anmeldung: opt.anmeldung,
    oidc: opt.oidc,
  });
  await app.ready();
  const sitzungen = new Map<string, TestSitzung>();

  async function als(email: string): Promise<TestSitzung> {
    const vorhanden = sitzungen.get(email);
    if (vorhanden) return vorhanden;
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, passwort: DEMO_PASSWORT },
    });
    if (res.statusCode !== 200) throw new Error(`Anmeldung ${email}: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'hw_sitzung');
    const body = res.json();
    const kopf = { cookie: `hw_sitzung=${cookie?.value}`, 'x-csrf-token': body.csrfToken };
    const s: TestSitzung = {
      cookie: kopf.cookie,
      csrfToken: body.csrfToken,
      benutzer: body.benutzer,
      organisation: body.organisation,
      get: (url) => app.inject({ method: 'GET', url, headers: kopf }),
      post: (url, payload) => app.inject({ method: 'POST', url, headers: kopf, payload: payload as object }),
      patch: (url, payload) =>
        app.inject({ method: 'PATCH', url, headers: kopf, payload: payload as object }),
      put: (url, payload) => app.inject({ method: 'PUT', url, headers: kopf, payload: payload as object }),
      del: (url) => app.inject({ method: 'DELETE', url, headers: kopf }),
    };
    sitzungen.set(email, s);
    return s;
  }

  return {
    app,
    db,
    als,
    close: async () => {
      await app.close();
      await aufraeumen();
    },
  };
}

/**
 * A database of its own on the run's test server: a copy of the template with demo data, or with
 * `leer: true` an empty one (not even migrated). Dropped by `aufraeumen`.
 */
export async function testDatenbank(
  opt: { leer?: boolean } = {},
): Promise<{ db: Datenbank; url: string; aufraeumen: () => Promise<void> }> {
  const verwaltungsUrl = inject('testDatenbankUrl');
  if (!verwaltungsUrl) {
    throw new Error('Kein Test-Datenbankserver: die Tests laufen nur über vitest.config.ts (globalSetup).');
  }
  const name = `hw_test_${randomBytes(6).toString('hex')}`;
  const verwaltung = new pg.Client({ connectionString: verwaltungsUrl });
  await verwaltung.connect();
  await verwaltung.query(
    opt.leer ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${inject('testVorlage')}`,
  );
  const testUrl = new URL(verwaltungsUrl);
  testUrl.pathname = `/${name}`;
  const db = await oeffneDatenbank({ databaseUrl: testUrl.toString(), poolGroesse: 5 });
  return {
    db,
    url: testUrl.toString(),
    aufraeumen: async () => {
      await db.close();
      await verwaltung.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await verwaltung.end();
    },
  };
}

/** The id of a demo case by its Aktenzeichen, read as the system (bypassing access rules). */
export async function fallId(t: TestApp, aktenzeichen: string): Promise<string> {
  const { fall } = await import('@hilfewerk/db');
  const { eq } = await import('drizzle-orm');
  const [z] = await t.db.withSystemTx((tx) =>
    tx.select({ id: fall.id }).from(fall).where(eq(fall.aktenzeichen, aktenzeichen)),
  );
  if (!z) throw new Error(`Demo-Fall ${aktenzeichen} fehlt`);
  return z.id;
}
