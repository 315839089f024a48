import { audit, benutzer } from '@hilfewerk/db';
import { and, count, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';

let t: TestApp;
let admin: TestSitzung;
beforeAll(async () => {
  t = await testApp();
  admin = await t.als('admin@kiju.demo');
});
afterAll(() => t.close());

const login = (email: string, passwort: string, ip = '127.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, passwort }, remoteAddress: ip });

/** A session of any account by its password (t.als knows only the demo password). */
async function sitzungMit(email: string, passwort: string) {
  const res = await login(email, passwort);
  expect(res.statusCode, res.body).toBe(200);
  const headers = {
    cookie: `hw_sitzung=${res.cookies.find((c) => c.name === 'hw_sitzung')?.value}`,
    'x-csrf-token': res.json().csrfToken as string,
  };
  return {
    antwort: res.json(),
    get: (url: string) => t.app.inject({ method: 'GET', url, headers }),
    post: (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers, payload }),
  };
}

let nr = 0;
async function neuesKonto(rolle = 'fachkraft') {
  const email = `konto-${++nr}@kiju.demo`;
  const res = await admin.post('/api/benutzer', { email, name: `Kolleg*in ${nr}`, rolle });
  expect(res.statusCode, res.body).toBe(201);
  return { email, name: `Kolleg*in ${nr}`, ...(res.json() as { id: string; einmalpasswort: string }) };
}

async function anzahl(): Promise<{ benutzer: number; audit: number }> {
  return t.db.withSystemTx(async (tx) => ({
    benutzer: (await tx.select({ n: count() }).from(benutzer))[0].n,
    audit: (await tx.select({ n: count() }).from(audit))[0].n,
  }));
}

async function unveraendert(anfrage: () => Promise<LightMyRequestResponse>, status: number) {
  const vorher = await anzahl();
  const res = await anfrage();
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().fehler).toMatch(/[a-zäöü]/);
  expect(await anzahl()).toEqual(vorher);
  return res;
}

describe('Konten anlegen und erste Anmeldung', () => {
  it('creates an account with a one-time password, audited, which forces a password change', async () => {
    const k = await neuesKonto();
    expect(k.einmalpasswort).toMatch(/^[\w]{4}-[\w]{4}-[\w]{4}-[\w]{4}$/);
    const [zeile] = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressourceId, k.id), eq(audit.aktion, 'anlegen'))),
    );
    expect(zeile).toMatchObject({ ressource: 'benutzer', benutzerId: admin.benutzer.id });
    expect(zeile.details).toEqual({ rolle: 'fachkraft' });

    const s = await sitzungMit(k.email, k.einmalpasswort);
    expect(s.antwort.passwortAendern).toBe(true);
    expect((await s.get('/api/auth/me')).statusCode).toBe(200);
    const gesperrt = await s.get('/api/faelle');
    expect(gesperrt.statusCode).toBe(403);
    expect(gesperrt.json().fehler).toBe(
      'Bitte legen Sie zuerst ein eigenes Passwort fest, um Hilfewerk zu nutzen.',
    );
    expect((await s.get('/api/fristen/meine')).statusCode).toBe(403);

    const neu = 'Lindenblüte am Weserufer 7';
    const res = await s.post('/api/auth/passwort', { altesPasswort: k.einmalpasswort, neuesPasswort: neu });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().passwortAendern).toBe(false);
    expect((await s.get('/api/faelle')).statusCode).toBe(200);
    expect((await s.get('/api/auth/me')).json().passwortAendern).toBe(false);
    // The one-time password is spent; the new one logs in without the forced change.
    expect((await login(k.email, k.einmalpasswort)).statusCode).toBe(401);
    expect((await sitzungMit(k.email, neu)).antwort.passwortAendern).toBe(false);
  });

  it('refuses weak new passwords with 422 and a German message, changing nothing', async () => {
    const k = await neuesKonto();
    const s = await sitzungMit(k.email, k.einmalpasswort);
    const faelle: [string, string, RegExp][] = [
      [k.einmalpasswort, 'kurz-11-Zei', /mindestens 12 Zeichen/],
      [k.einmalpasswort, k.email, /nicht Ihre E-Mail-Adresse/],
      [k.einmalpasswort, k.email.toUpperCase(), /nicht Ihre E-Mail-Adresse/],
      [k.einmalpasswort, k.einmalpasswort, /vom bisherigen unterscheiden/],
      [k.einmalpasswort, 'PasswordPassword', /häufig verwendeter Passwörter/],
      [k.einmalpasswort, '1qaz2wsx3edc', /häufig verwendeter Passwörter/],
      ['falsch-falsch-falsch', 'Lindenblüte am Weserufer 8', /bisherige Passwort stimmt nicht/],
    ];
    for (const [altesPasswort, neuesPasswort, meldung] of faelle) {
      const res = await unveraendert(
        () => s.post('/api/auth/passwort', { altesPasswort, neuesPasswort }),
        422,
      );
      expect(res.json().fehler).toMatch(meldung);
    }
    const ohne = await unveraendert(
      () => s.post('/api/auth/passwort', { altesPasswort: k.einmalpasswort }),
      422,
    );
    expect(ohne.json().felder.neuesPasswort).toBe('Bitte geben Sie ein neues Passwort an.');
    expect((await s.get('/api/faelle')).statusCode).toBe(403);
  });

  it('changes the own password of a demo user and ends the other sessions', async () => {
    const eins = await sitzungMit('verwaltung@kiju.demo', 'hilfewerk-demo');
    const zwei = await sitzungMit('verwaltung@kiju.demo', 'hilfewerk-demo');
    const res = await zwei.post('/api/auth/passwort', {
      altesPasswort: 'hilfewerk-demo',
      neuesPasswort: 'Rechnungen im Novembernebel',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await eins.get('/api/auth/me')).statusCode).toBe(401);
    expect((await zwei.get('/api/auth/me')).statusCode).toBe(200);
    expect((await login('verwaltung@kiju.demo', 'hilfewerk-demo')).statusCode).toBe(401);
  });

  it('refuses bad account input with German messages and creates nothing', async () => {
    const schlecht: [object, string][] = [
      [{ email: 'kein-at', name: 'X', rolle: 'fachkraft' }, 'email'],
      [{ email: 'a@kiju.demo', name: '  ', rolle: 'fachkraft' }, 'name'],
      [{ email: 'a@kiju.demo', name: 'X', rolle: 'chef' }, 'rolle'],
      [{ email: 'a@kiju.demo', name: 'X' }, 'rolle'],
      [{ email: 'a@kiju.demo', name: 'X', rolle: 'asd' }, 'rolle'],
    ];
    for (const [body, feld] of schlecht) {
      const res = await unveraendert(() => admin.post('/api/benutzer', body), 422);
      expect(Object.keys(res.json().felder)).toContain(feld);
    }
    const doppelt = await unveraendert(
      () =>
        admin.post('/api/benutzer', {
          email: 'Leitung@traeger-bremerhaven.demo',
          name: 'X',
          rolle: 'leitung',
        }),
      409,
    );
    expect(doppelt.json().fehler).toMatch(/bereits ein Konto/);
  });

  it('lets only the administration create and change accounts; Leitung reads the list', async () => {
    const k = await neuesKonto();
    for (const email of [
      'leitung@kiju.demo',
      'fachkraft@kiju.demo',
      'iefk@kiju.demo',
      'asd@jugendamt-wuppertal.demo',
    ]) {
      const s = await t.als(email);
      await unveraendert(
        () => s.post('/api/benutzer', { email: `x-${email}`, name: 'X', rolle: 'fachkraft' }),
        403,
      );
      await unveraendert(() => s.patch(`/api/benutzer/${k.id}`, { aktiv: false }), 403);
    }
    expect((await (await t.als('leitung@kiju.demo')).get('/api/benutzer')).statusCode).toBe(200);
    expect((await (await t.als('fachkraft@kiju.demo')).get('/api/benutzer')).statusCode).toBe(403);
    const liste = (await admin.get('/api/benutzer')).json() as { id: string; passwortAendern: boolean }[];
    expect(liste.find((b) => b.id === k.id)).toMatchObject({
      passwortAendern: true,
      aktiv: true,
      gesperrtBis: null,
    });
    expect(JSON.stringify(liste)).not.toMatch(/passwortHash|\$argon2/);
  });

  it('answers 404 for an account of another organisation, and for an unknown one', async () => {
    const [fremd] = await t.db.withSystemTx((tx) =>
      tx
        .select({ id: benutzer.id })
        .from(benutzer)
        .where(eq(benutzer.email, 'leitung@traeger-bremerhaven.demo')),
    );
    await unveraendert(() => admin.patch(`/api/benutzer/${fremd.id}`, { aktiv: false }), 404);
    await unveraendert(
      () => admin.patch('/api/benutzer/00000000-0000-4000-8000-000000000000', { aktiv: false }),
      404,
    );
    expect((await login('leitung@traeger-bremerhaven.demo', 'hilfewerk-demo')).statusCode).toBe(200);
  });

  it('refuses an empty or malformed change and the own deactivation or demotion', async () => {
    const k = await neuesKonto();
    await unveraendert(() => admin.patch(`/api/benutzer/${k.id}`, {}), 422);
    await unveraendert(() => admin.patch(`/api/benutzer/${k.id}`, { aktiv: 'nein' }), 422);
    await unveraendert(() => admin.patch(`/api/benutzer/${k.id}`, { passwortZuruecksetzen: false }), 422);
    await unveraendert(() => admin.patch(`/api/benutzer/${k.id}`, { rolle: 'wjh' }), 422);
    const selbst = await unveraendert(
      () => admin.patch(`/api/benutzer/${admin.benutzer.id}`, { aktiv: false }),
      422,
    );
    expect(selbst.json().felder.aktiv).toMatch(/eigenes Konto/);
    await unveraendert(() => admin.patch(`/api/benutzer/${admin.benutzer.id}`, { rolle: 'leitung' }), 422);
  });
});

describe('Deaktivieren, Rolle, Zurücksetzen, Entsperren', () => {
  it('deactivation ends the sessions at once and the login answers 401; reactivation lets it in again', async () => {
    const s = await t.als('fachkraft@traeger-bremerhaven.demo');
    // KIJU's own staff member: deactivated by the KIJU administration.
    const fk = await t.als('semiprofessionell@kiju.demo');
    expect((await fk.get('/api/faelle')).statusCode).toBe(200);
    const res = await admin.patch(`/api/benutzer/${fk.benutzer.id}`, { aktiv: false });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().benutzer).toMatchObject({ aktiv: false });
    expect((await fk.get('/api/faelle')).statusCode).toBe(401);
    expect((await login('semiprofessionell@kiju.demo', 'hilfewerk-demo')).statusCode).toBe(401);
    // Others are untouched.
    expect((await s.get('/api/faelle')).statusCode).toBe(200);
    const zeilen = await t.db.withSystemTx((tx) =>
      tx.select({ aktion: audit.aktion }).from(audit).where(eq(audit.ressourceId, fk.benutzer.id)),
    );
    expect(zeilen.map((z) => z.aktion)).toContain('deaktivieren');

    expect((await admin.patch(`/api/benutzer/${fk.benutzer.id}`, { aktiv: true })).statusCode).toBe(200);
    expect((await login('semiprofessionell@kiju.demo', 'hilfewerk-demo')).statusCode).toBe(200);
  });

  it('a role change takes effect at once: the old sessions end', async () => {
    const k = await neuesKonto('verwaltung');
    const res = await admin.patch(`/api/benutzer/${k.id}`, { rolle: 'leitung', name: 'Neue Leitung' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().benutzer).toMatchObject({ rolle: 'leitung', name: 'Neue Leitung' });
    const [zeile] = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressourceId, k.id), eq(audit.aktion, 'aendern'))),
    );
    expect(zeile.details).toEqual({
      felder: ['name', 'rolle'],
      rolle: { alt: 'verwaltung', neu: 'leitung' },
      werte: { name: { alt: k.name, neu: 'Neue Leitung' }, rolle: { alt: 'verwaltung', neu: 'leitung' } },
    });
  });

  it('a reset gives a new one-time password, once, and ends the sessions', async () => {
    const k = await neuesKonto();
    const s = await sitzungMit(k.email, k.einmalpasswort);
    expect(
      (
        await s.post('/api/auth/passwort', {
          altesPasswort: k.einmalpasswort,
          neuesPasswort: 'Sturmflut vor Bremerhaven',
        })
      ).statusCode,
    ).toBe(200);
    const res = await admin.patch(`/api/benutzer/${k.id}`, { passwortZuruecksetzen: true });
    expect(res.statusCode, res.body).toBe(200);
    const neu = res.json().einmalpasswort as string;
    expect(neu).toMatch(/^[\w]{4}(-[\w]{4}){3}$/);
    expect((await s.get('/api/auth/me')).statusCode).toBe(401);
    expect((await login(k.email, 'Sturmflut vor Bremerhaven')).statusCode).toBe(401);
    expect((await sitzungMit(k.email, neu)).antwort.passwortAendern).toBe(true);
    expect(JSON.stringify((await admin.get('/api/benutzer')).json())).not.toContain(neu);
  });

  it('an administrator lifts a login lock', async () => {
    const k = await neuesKonto();
    for (let i = 0; i < 5; i++) expect((await login(k.email, 'falsch', `10.9.0.${i}`)).statusCode).toBe(401);
    expect((await login(k.email, k.einmalpasswort, '10.9.1.1')).statusCode).toBe(429);
    const liste = (await admin.get('/api/benutzer')).json() as { id: string; gesperrtBis: string | null }[];
    expect(liste.find((b) => b.id === k.id)?.gesperrtBis).toMatch(/^\d{4}-\d\d-\d\dT/);
    const res = await admin.patch(`/api/benutzer/${k.id}`, { entsperren: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().benutzer.gesperrtBis).toBeNull();
    expect((await login(k.email, k.einmalpasswort, '10.9.1.1')).statusCode).toBe(200);
  });
});

describe('Eigene Sitzungen', () => {
  it('lists the own sessions without tokens and ends all of them with "überall abmelden"', async () => {
    const eins = await sitzungMit('fachkraft@mukiberlin.demo', 'hilfewerk-demo');
    const zwei = await sitzungMit('fachkraft@mukiberlin.demo', 'hilfewerk-demo');
    const andere = await t.als('leitung@mukiberlin.demo');
    const liste = (await zwei.get('/api/auth/sitzungen')).json() as { id: string; aktuell: boolean }[];
    expect(liste).toHaveLength(2);
    expect(liste.filter((s) => s.aktuell)).toHaveLength(1);
    expect(JSON.stringify(liste)).not.toMatch(/token|csrf/i);

    const res = await zwei.post('/api/auth/sitzungen/beenden', {});
    expect(res.statusCode, res.body).toBe(204);
    expect((await eins.get('/api/auth/me')).statusCode).toBe(401);
    expect((await zwei.get('/api/auth/me')).statusCode).toBe(401);
    expect((await andere.get('/api/auth/me')).statusCode).toBe(200);
    const [zeile] = await t.db.withSystemTx((tx) =>
      tx.select().from(audit).where(eq(audit.aktion, 'ueberallAbmelden')),
    );
    expect(zeile.details).toEqual({ beendeteSitzungen: 2 });
  });

  it('needs a session and the CSRF token', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/sitzungen/beenden' })).statusCode).toBe(401);
    const s = await sitzungMit('verwaltung@mukiberlin.demo', 'hilfewerk-demo');
    const cookie = (await login('verwaltung@mukiberlin.demo', 'hilfewerk-demo')).cookies.find(
      (c) => c.name === 'hw_sitzung',
    );
    const ohneCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sitzungen/beenden',
      headers: { cookie: `hw_sitzung=${cookie?.value}` },
    });
    expect(ohneCsrf.statusCode).toBe(403);
    expect((await s.get('/api/auth/me')).statusCode).toBe(200);
  });
});
