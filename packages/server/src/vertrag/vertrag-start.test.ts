import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../test/test-app.ts';

/**
 * Contract "HTTP and start-up" and "Operations" (revision 2), the HTTP half: health, login, session, case list,
 * CSRF, OpenAPI, the demo accounts. The process half is covered by packages/cli/src/commands/serve.test.ts
 * (embedded PostgreSQL: folder 0700, 127.0.0.1 only, fsync on, demo only with HILFEWERK_DEMO=1),
 * absturz.test.ts (kill -9), sicherung.test.ts (backup round trip) and audit.test.ts
 * (`Protokoll unverändert: N Einträge`, exit 1 on a broken chain). The demo banner: e2e.
 */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const login = (email: string, passwort: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, passwort } });

describe('start-up contract over HTTP', () => {
  it('GET /api/health → 200 { status: "ok", datenbank: "postgres", eingebettet }', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', datenbank: 'postgres' });
    expect(typeof res.json().eingebettet).toBe('boolean');
  });

  it.each([
    ['leitung@kiju.demo', 'KIJU Wuppertal', 'leitung'],
    ['fachkraft@kiju.demo', 'KIJU Wuppertal', 'fachkraft'],
    ['verwaltung@kiju.demo', 'KIJU Wuppertal', 'verwaltung'],
    ['fachkraft@traeger-bremerhaven.demo', 'Bremerhaven', 'fachkraft'],
    ['leitung@traeger-bremerhaven.demo', 'Bremerhaven', 'leitung'],
    ['fachkraft@mukiberlin.demo', 'Berlin', 'fachkraft'],
    ['asd@jugendamt-bremerhaven.demo', 'Jugendamt Bremerhaven', 'asd'],
    ['controlling@jugendamt-bremerhaven.demo', 'Jugendamt Bremerhaven', 'fachcontrolling'],
    ['admin@kiju.demo', 'KIJU Wuppertal', 'administration'],
  ])('demo account %s logs in with hilfewerk-demo (%s, %s)', async (email, organisation, rolle) => {
    const res = await login(email, 'hilfewerk-demo');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.cookies.some((c) => c.name === 'hw_sitzung')).toBe(true);
    expect(res.json().benutzer.rolle).toBe(rolle);
    expect(res.json().organisation.name).toContain(organisation);
  });

  it('the Berlin provider is in Berlin, the Bremerhaven one in Bremen', async () => {
    expect((await login('fachkraft@mukiberlin.demo', 'hilfewerk-demo')).json().organisation.bundesland).toBe(
      'BE',
    );
    expect(
      (await login('leitung@traeger-bremerhaven.demo', 'hilfewerk-demo')).json().organisation.bundesland,
    ).toBe('HB');
  });

  it('POST /api/auth/login with wrong credentials → 401 with a message', async () => {
    const res = await login('leitung@kiju.demo', 'falsches-passwort');
    expect(res.statusCode).toBe(401);
    expect(res.json().fehler).toMatch(/\w/);
  });

  it('GET /api/faelle → 200 array with id, aktenzeichen, leistung; 401 without a session', async () => {
    const s = await t.als('leitung@kiju.demo');
    const res = await s.get('/api/faelle');
    expect(res.statusCode).toBe(200);
    const liste = res.json() as Record<string, unknown>[];
    expect(liste.length).toBeGreaterThan(0);
    for (const f of liste) {
      expect(typeof f.id).toBe('string');
      expect(typeof f.aktenzeichen).toBe('string');
      expect(f).toHaveProperty('leistung');
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/faelle' })).statusCode).toBe(401);
  });

  it('GET /api/auth/me → user, organisation and role; GET /api/auth/csrf → the token for x-csrf-token', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const me = (await s.get('/api/auth/me')).json();
    expect(me.benutzer).toMatchObject({ email: 'fachkraft@kiju.demo', rolle: 'fachkraft' });
    expect(me.organisation).toMatchObject({ name: 'KIJU Wuppertal' });
    const { csrfToken } = (await s.get('/api/auth/csrf')).json();
    const ohne = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: s.cookie },
    });
    expect(ohne.statusCode).toBe(403);
    const mit = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': csrfToken },
    });
    expect(mit.statusCode).toBe(204);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } })).statusCode,
    ).toBe(401);
  });

  it('GET /api/openapi.json → an OpenAPI 3 document with the contract’s endpoints; /api/docs shows it', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const pfad of [
      '/api/health',
      '/api/auth/login',
      '/api/faelle',
      '/api/anfragen/{id}/zusage',
      '/api/posteingang',
      '/api/kinderschutz/{id}/vignette',
      '/api/beschwerden/oeffentlich',
      '/api/personal/besetzung',
      '/api/kennzahlen/traeger',
    ]) {
      expect(doc.paths, pfad).toHaveProperty([pfad]);
    }
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/text\/html/);
  });
});
