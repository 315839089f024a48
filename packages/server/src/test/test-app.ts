import { randomBytes } from 'node:crypto';
import { type Datenbank, migriere, oeffneDatenbank } from '@hilfewerk/db';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../app.ts';
import { DEMO_PASSWORT } from '../demo/daten.ts';
import { ladeDemo } from '../demo/lade-demo.ts';

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
 * One database per test file, with demo data: in-memory PGlite, or — with
 * HILFEWERK_TEST_DB=postgres and DATABASE_URL — a fresh PostgreSQL database that is dropped after.
 */
export async function testApp(opt: { anmeldung?: { maxFehlversuche?: number } } = {}): Promise<TestApp> {
  const { db, aufraeumen } = await testDatenbank();
  await migriere(db);
  await ladeDemo(db);
  const app = await buildApp({ db, demo: true, anmeldeLimitProMinute: 10_000, anmeldung: opt.anmeldung });
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
      await db.close();
      await aufraeumen();
    },
  };
}

export async function testDatenbank(): Promise<{ db: Datenbank; aufraeumen: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (process.env.HILFEWERK_TEST_DB !== 'postgres') {
    return { db: await oeffneDatenbank({ memory: true }), aufraeumen: async () => {} };
  }
  if (!url) throw new Error('HILFEWERK_TEST_DB=postgres braucht DATABASE_URL.');
  const name = `hw_test_${randomBytes(6).toString('hex')}`;
  const verwaltung = new pg.Client({ connectionString: url });
  await verwaltung.connect();
  await verwaltung.query(`CREATE DATABASE ${name}`);
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const db = await oeffneDatenbank({ databaseUrl: testUrl.toString(), poolGroesse: 5 });
  return {
    db,
    aufraeumen: async () => {
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
