import { audit } from '@hilfewerk/db';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { fallId, type TestApp, testApp } from '../test/test-app.ts';
import { pruefeAuditKette } from './pruefe-kette.ts';

/** Refused access, failed logins, the CSV export and the headers every API answer carries. */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const zeilen = (aktion: string, ressourceId?: string) =>
  t.db.withSystemTx((tx) =>
    tx
      .select()
      .from(audit)
      .where(
        ressourceId
          ? and(eq(audit.aktion, aktion), eq(audit.ressourceId, ressourceId))
          : eq(audit.aktion, aktion),
      )
      .orderBy(desc(audit.nummer)),
  );

const fremderFall = async () =>
  fallId(
    t,
    (await t.db.roh((a) => a("select aktenzeichen from fall where aktenzeichen like 'TBH%' limit 1")))[0]
      .aktenzeichen as string,
  );

describe('Verweigerte Zugriffe', () => {
  it('records a 404 on another organisation’s case file with the route pattern, not the URL', async () => {
    const fk = await t.als('fachkraft@kiju.demo');
    const fremd = await fremderFall();
    expect((await fk.get(`/api/faelle/${fremd}?x=Suchbegriff`)).statusCode).toBe(404);
    const [z] = await zeilen('verweigern', fremd);
    expect(z).toMatchObject({
      ressource: 'zugriff',
      benutzerId: fk.benutzer.id,
      organisationId: fk.organisation.id,
    });
    expect(z.details).toEqual({ methode: 'GET', route: '/api/faelle/:id', status: 404 });
    expect(JSON.stringify(z)).not.toContain('Suchbegriff');
  });

  it('records a 403 on a social-data route (Verwaltung on the case list) but not on other routes', async () => {
    const verwaltung = await t.als('verwaltung@kiju.demo');
    const id = await fallId(t, 'KIJU-2026-001');
    const res = await verwaltung.get(`/api/faelle/${id}/notizen`);
    expect([403, 404]).toContain(res.statusCode);
    const [z] = await zeilen('verweigern', id);
    expect(z).toMatchObject({ benutzerId: verwaltung.benutzer.id });
    const fk = await t.als('fachkraft@kiju.demo');
    const vorher = (await zeilen('verweigern')).length;
    expect((await fk.get('/api/audit')).statusCode).toBe(403);
    expect((await zeilen('verweigern')).length).toBe(vorher);
    expect(await pruefeAuditKette(t.db)).toMatchObject({ ok: true });
  });
});

describe('Fehlgeschlagene Anmeldungen', () => {
  const login = (email: string, passwort: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, passwort },
      remoteAddress: '10.9.9.9',
    });

  it('records a wrong password of an existing account in its organisation’s log, never the password', async () => {
    const leitung = await t.als('leitung@kiju.demo');
    expect((await login('leitung@kiju.demo', 'geheim-falsch-123')).statusCode).toBe(401);
    const [z] = await zeilen('anmeldenFehlgeschlagen', leitung.benutzer.id);
    expect(z).toMatchObject({
      ressource: 'benutzer',
      benutzerId: null,
      organisationId: leitung.organisation.id,
      ip: '10.9.9.9',
      details: { grund: 'passwort' },
    });
    expect(JSON.stringify(z)).not.toContain('geheim-falsch');
  });

  it('an unknown e-mail belongs to no organisation and leaves no row', async () => {
    const vorher = (await zeilen('anmeldenFehlgeschlagen')).length;
    expect((await login('niemand@nirgends.demo', 'x')).statusCode).toBe(401);
    expect((await zeilen('anmeldenFehlgeschlagen')).length).toBe(vorher);
  });
});

describe('Protokoll als CSV', () => {
  it('exports the filtered log with labels, record names and changes, and records the export', async () => {
    const fk = await t.als('fachkraft@kiju.demo');
    const id = await fallId(t, 'KIJU-2026-001');
    const akte = (await fk.get(`/api/faelle/${id}`)).json();
    const h = akte.hilfen[0];
    await fk.patch(`/api/faelle/${id}/hilfen/${h.id}`, { version: h.version, geplantesEnde: '2027-04-30' });
    const leitung = await t.als('leitung@kiju.demo');
    const res = await leitung.get('/api/audit.csv?ressource=hilfe');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const [kopf, ...rest] = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(kopf).toBe('Nr.;Zeitpunkt;Benutzer;Aktion;Bereich;Datensatz;Änderung;IP-Adresse');
    expect(rest.every((z) => z.includes(';Hilfe;'))).toBe(true);
    expect(rest.join('\n')).toContain('geplantesEnde:');
    expect(rest.join('\n')).toContain('→ 2027-04-30');
    expect(rest.join('\n')).toContain('im Fall KIJU-2026-001');
    const [export_] = await zeilen('exportieren');
    expect(export_).toMatchObject({ ressource: 'protokoll', benutzerId: leitung.benutzer.id });
    expect((export_.details as { zeilen: number }).zeilen).toBe(rest.length);
  });

  it('the JSON list names the record and shows every resource filter', async () => {
    const leitung = await t.als('leitung@kiju.demo');
    const res = await leitung.get('/api/audit?ressource=fall&aktion=lesen');
    expect(res.statusCode).toBe(200);
    const liste = res.json() as { ressource: string; datensatz: string | null }[];
    expect(liste.length).toBeGreaterThan(0);
    expect(liste.every((z) => z.ressource === 'fall')).toBe(true);
    expect(liste[0].datensatz).toMatch(/^Fall KIJU-/);
  });

  it('refuses bad filters with a German 422 and a Fachkraft with 403', async () => {
    const leitung = await t.als('leitung@kiju.demo');
    const falsch = await leitung.get('/api/audit.csv?von=31.12.2026');
    expect(falsch.statusCode).toBe(422);
    expect(falsch.json().fehler).toMatch(/prüfen/);
    expect((await (await t.als('fachkraft@kiju.demo')).get('/api/audit.csv')).statusCode).toBe(403);
  });
});

describe('Kopfzeilen', () => {
  it('answers API data and documents with no-store, HSTS not over plain HTTP', async () => {
    const leitung = await t.als('leitung@kiju.demo');
    const id = await fallId(t, 'KIJU-2026-001');
    for (const url of [`/api/faelle/${id}`, '/api/audit.csv', '/api/health']) {
      const res = await leitung.get(url);
      expect(res.headers['cache-control'], url).toBe('no-store');
      expect(res.headers['strict-transport-security'], url).toBeUndefined();
    }
  });

  it('sends HSTS when a trusted proxy says the request came over HTTPS', async () => {
    const app = await buildApp({ db: t.db, trustProxy: ['127.0.0.1'] });
    try {
      const https = await app.inject({ url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
      expect(https.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const http = await app.inject({ url: '/api/health' });
      expect(http.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
