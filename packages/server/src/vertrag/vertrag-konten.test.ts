import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, type TestSitzung, testApp } from '../test/test-app.ts';

/**
 * Contract "Accounts": the HTTP calls as the contract writes them. Covered exactly elsewhere: `hilfewerk einrichten`
 * (packages/cli/src/commands/einrichten.test.ts: `Einmalpasswort: …` on stdout, exit 2), the lock's message and
 * Retry-After and the per-address pause (routes/auth/auth.test.ts), X-Forwarded-For only from
 * HILFEWERK_TRUST_PROXY (konfiguration/vertrauenswuerdige-proxys.test.ts), weak passwords in detail, role
 * changes and resets (routes/benutzer/benutzer.test.ts), log lines without personal data
 * (test/fuzz-schreiben.test.ts, logger at level trace).
 */
let t: TestApp;
let admin: TestSitzung;

beforeAll(async () => {
  t = await testApp();
  admin = await t.als('admin@kiju.demo');
});
afterAll(() => t.close());

const login = (email: string, passwort: string, ip = '127.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, passwort }, remoteAddress: ip });

function sitzung(res: Awaited<ReturnType<typeof login>>) {
  const headers = {
    cookie: `hw_sitzung=${res.cookies.find((c) => c.name === 'hw_sitzung')?.value}`,
    'x-csrf-token': res.json().csrfToken as string,
  };
  return {
    get: (url: string) => t.app.inject({ method: 'GET', url, headers }),
    post: (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers, payload }),
  };
}

describe('Accounts', () => {
  const email = 'vertrag-konto@kiju.demo';
  let id: string;
  let einmalpasswort: string;

  it('POST /api/benutzer { email, name, rolle } → 201 { id, einmalpasswort }; GET /api/benutzer lists it', async () => {
    const res = await admin.post('/api/benutzer', { email, name: 'Vera Vertrag', rolle: 'fachkraft' });
    expect(res.statusCode, res.body).toBe(201);
    expect(Object.keys(res.json()).sort()).toEqual(['einmalpasswort', 'id']);
    ({ id, einmalpasswort } = res.json());
    const liste = await admin.get('/api/benutzer');
    expect(liste.statusCode).toBe(200);
    expect((liste.json() as { id: string }[]).map((k) => k.id)).toContain(id);
  });

  it('a one-time login answers 200 "passwortAendern": true; every other route 403 until POST /api/auth/passwort', async () => {
    const res = await login(email, einmalpasswort);
    expect(res.statusCode).toBe(200);
    expect(res.json().passwortAendern).toBe(true);
    const s = sitzung(res);
    expect((await s.get('/api/faelle')).statusCode).toBe(403);
    expect((await s.get('/api/fristen')).statusCode).toBe(403);
    for (const neuesPasswort of ['kurz-11-zei', email, einmalpasswort]) {
      const falsch = await s.post('/api/auth/passwort', { altesPasswort: einmalpasswort, neuesPasswort });
      expect(falsch.statusCode, neuesPasswort).toBe(422);
    }
    expect((await s.get('/api/faelle')).statusCode).toBe(403);
    const ok = await s.post('/api/auth/passwort', {
      altesPasswort: einmalpasswort,
      neuesPasswort: 'Vertrag-Pruefung-2026',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await s.get('/api/faelle')).statusCode).toBe(200);
    expect((await login(email, 'Vertrag-Pruefung-2026')).json().passwortAendern).toBe(false);
  });

  it('PATCH /api/benutzer/:id { aktiv: false }: its sessions end at once, its login answers 401', async () => {
    const s = sitzung(await login(email, 'Vertrag-Pruefung-2026'));
    expect((await s.get('/api/faelle')).statusCode).toBe(200);
    const res = await admin.patch(`/api/benutzer/${id}`, { aktiv: false });
    expect(res.statusCode, res.body).toBe(200);
    expect((await s.get('/api/faelle')).statusCode).toBe(401);
    expect((await login(email, 'Vertrag-Pruefung-2026')).statusCode).toBe(401);
  });

  it('after 5 failed logins within 15 minutes the account answers 429, whatever the client address', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await login('verwaltung@kiju.demo', 'falsch', `192.0.2.${i + 1}`)).statusCode).toBe(401);
    }
    expect((await login('verwaltung@kiju.demo', 'hilfewerk-demo', '192.0.2.77')).statusCode).toBe(429);
  });
});
