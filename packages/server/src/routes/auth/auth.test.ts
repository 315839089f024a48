import { sitzung } from '@hilfewerk/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const login = (email: string, passwort: string, ip = '127.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, passwort }, remoteAddress: ip });

describe('Anmeldung', () => {
  it('GET /api/health answers without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', datenbank: 'postgres', eingebettet: false, demo: true });
  });

  it('logs in with the demo password and sets an httpOnly SameSite cookie', async () => {
    const res = await login('Leitung@KIJU.demo', 'hilfewerk-demo');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.benutzer).toMatchObject({ email: 'leitung@kiju.demo', rolle: 'leitung' });
    expect(body.organisation).toMatchObject({ name: 'KIJU Wuppertal', art: 'traeger', bundesland: 'NW' });
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = res.cookies.find((c) => c.name === 'hw_sitzung');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(body.benutzer).not.toHaveProperty('passwortHash');
  });

  it('refuses a wrong password with 401 and a German message', async () => {
    const res = await login('leitung@kiju.demo', 'falsch', '10.0.0.1');
    expect(res.statusCode).toBe(401);
    expect(res.json().fehler).toMatch(/Passwort/);
  });

  it('refuses an unknown e-mail with the same 401', async () => {
    const res = await login('niemand@kiju.demo', 'hilfewerk-demo', '10.0.0.1');
    expect(res.statusCode).toBe(401);
    expect(res.json().fehler).toBe('E-Mail-Adresse oder Passwort ist falsch.');
  });

  it('locks the account after 5 failures from any addresses: 429 "gesperrt bis HH:MM Uhr", even with the right password', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login('admin@kiju.demo', 'falsch', `10.0.1.${i}`)).statusCode).toBe(401);
    const res = await login('admin@kiju.demo', 'hilfewerk-demo', '10.0.1.99');
    expect(res.statusCode).toBe(429);
    const sekunden = Number(res.headers['retry-after']);
    expect(sekunden).toBeGreaterThan(14 * 60);
    expect(sekunden).toBeLessThanOrEqual(15 * 60);
    const bis = new Date(res.json().gesperrtBis);
    const uhr = new Intl.DateTimeFormat('de-DE', {
      timeZone: 'Europe/Berlin',
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(res.json().fehler).toBe(
      `Zu viele fehlgeschlagene Anmeldeversuche: das Konto ist gesperrt bis ${uhr.format(bis)} Uhr. Danach können Sie es erneut versuchen.`,
    );
    // The addresses themselves are not blocked: another account logs in from them.
    expect((await login('leitung@kiju.demo', 'hilfewerk-demo', '10.0.1.0')).statusCode).toBe(200);
  });

  it('pauses an address after 20 failures across accounts, not the accounts elsewhere', async () => {
    for (let i = 0; i < 20; i++)
      expect((await login(`rate${i}@kiju.demo`, 'falsch', '10.0.2.1')).statusCode).toBe(401);
    const res = await login('verwaltung@kiju.demo', 'hilfewerk-demo', '10.0.2.1');
    expect(res.statusCode).toBe(429);
    expect(res.json().fehler).toMatch(
      /^Zu viele fehlgeschlagene Anmeldeversuche von diesem Gerät bzw\. Netz: gesperrt bis \d\d:\d\d Uhr\.$/,
    );
    expect((await login('verwaltung@kiju.demo', 'hilfewerk-demo', '10.0.2.2')).statusCode).toBe(200);
  });

  it('keeps no e-mail or address in clear in the failure counter', async () => {
    await login('klartext@kiju.demo', 'falsch', '10.0.3.3');
    const zeilen = await t.db.roh((abfrage) => abfrage('select schluessel from fehlversuch'));
    const alles = JSON.stringify(zeilen);
    expect(alles).not.toMatch(/klartext|10\.0\.3\.3/);
    expect(zeilen.every((z) => /^[0-9a-f]{64}$/.test(String(z.schluessel)))).toBe(true);
  });

  it('answers 422 per field for a login without fields', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: {} });
    expect(res.statusCode).toBe(422);
    expect(Object.keys(res.json().felder).sort()).toEqual(['email', 'passwort']);
  });

  it('answers 400 for malformed JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fehler).toMatch(/JSON/);
  });

  it('GET /api/auth/me and /api/auth/csrf return the session user and its token', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const me = await s.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    // The organisation's short name: the Beschwerden page shows the public form's address with it.
    expect(me.json()).toMatchObject({
      benutzer: { rolle: 'fachkraft' },
      organisation: { name: 'KIJU Wuppertal', kennung: 'kiju-wuppertal' },
      csrfToken: s.csrfToken,
    });
    expect((await s.get('/api/auth/csrf')).json()).toEqual({ csrfToken: s.csrfToken });
  });

  it('answers 401 without a session', async () => {
    for (const url of ['/api/auth/me', '/api/faelle', '/api/auth/csrf']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
  });

  it('refuses state-changing requests without or with a wrong CSRF token (403)', async () => {
    const s = await t.als('leitung@kiju.demo');
    const ohne = await t.app.inject({
      method: 'POST',
      url: '/api/faelle',
      headers: { cookie: s.cookie },
      payload: { aktenzeichen: 'CSRF-1', bezeichnung: 'x' },
    });
    expect(ohne.statusCode).toBe(403);
    expect(ohne.json().fehler).toMatch(/CSRF/);
    const falsch = await t.app.inject({
      method: 'POST',
      url: '/api/faelle',
      headers: { cookie: s.cookie, 'x-csrf-token': 'falsch' },
      payload: { aktenzeichen: 'CSRF-1', bezeichnung: 'x' },
    });
    expect(falsch.statusCode).toBe(403);
    const liste = await s.get('/api/faelle?suche=CSRF-1');
    expect(liste.json()).toEqual([]);
  });

  it('ends an idle session (401) and deletes it', async () => {
    const res = await login('verwaltung@kiju.demo', 'hilfewerk-demo');
    const cookie = `hw_sitzung=${res.cookies.find((c) => c.name === 'hw_sitzung')?.value}`;
    await t.db.withSystemTx((tx) =>
      tx
        .update(sitzung)
        .set({ zuletztAktiv: sql`now() - interval '2 hours'` })
        .where(sql`${sitzung.csrfToken} = ${res.json().csrfToken}`),
    );
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect(me.json().fehler).toMatch(/abgelaufen/);
  });

  it('logs out (204); the cookie no longer works', async () => {
    const res = await login('fachkraft@mukiberlin.demo', 'hilfewerk-demo');
    const kopf = {
      cookie: `hw_sitzung=${res.cookies.find((c) => c.name === 'hw_sitzung')?.value}`,
      'x-csrf-token': res.json().csrfToken,
    };
    const aus = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: kopf });
    expect(aus.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: kopf })).statusCode).toBe(401);
  });

  it('publishes the OpenAPI document and the docs page', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.statusCode).toBe(200);
    const pfade = Object.keys(doc.json().paths);
    expect(pfade).toEqual(
      expect.arrayContaining(['/api/faelle', '/api/faelle/{id}', '/api/auth/login', '/api/audit']),
    );
    const ui = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toMatch(/^text\/html/);
  });

  it('answers unknown API paths with JSON 404', async () => {
    const s = await t.als('leitung@kiju.demo');
    const res = await s.get('/api/gibtsnicht');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ fehler: 'Diese Adresse gibt es nicht.' });
  });
});

describe('Anmeldungen je Adresse', () => {
  it('answers 429 once one address exceeds the per-minute limit, successful logins included; other addresses go on', async () => {
    const klein = await testApp({ anmeldeLimitProMinute: 3 });
    try {
      const anmelden = (ip: string) =>
        klein.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'leitung@kiju.demo', passwort: 'hilfewerk-demo' },
          remoteAddress: ip,
        });
      for (let i = 0; i < 3; i++) expect((await anmelden('10.7.0.1')).statusCode).toBe(200);
      const zuViel = await anmelden('10.7.0.1');
      expect(zuViel.statusCode).toBe(429);
      expect(zuViel.json().fehler).toMatch(/Zu viele Anfragen/);
      expect((await anmelden('10.7.0.2')).statusCode).toBe(200);
    } finally {
      await klein.close();
    }
  });
});
