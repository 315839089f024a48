import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';
import { zeilenzahlen } from '../../test/zeilenzahl.ts';

/**
 * The Leistungen a provider offers: its Leitung adds and removes catalogue Leistungen, the Administration
 * reads them, the Jugendamt's ASD asks only for what is offered (GET /api/traeger, POST /api/anfragen).
 */
let t: TestApp;
let leitungTbh: TestSitzung;
let asdBhv: TestSitzung;

const angebot = async (s: TestSitzung) =>
  ((await s.get('/api/organisation/leistungen')).json() as { leistungen: { id: string }[] }).leistungen.map(
    (l) => l.id,
  );
const traegerAngebot = async () =>
  ((await asdBhv.get('/api/traeger')).json() as { id: string; leistungen: string[] }[]).find(
    (x) => x.id === leitungTbh.organisation.id,
  )?.leistungen ?? [];
const zustand = async () => ({
  zeilen: await zeilenzahlen(t, ['audit', 'anfrage', 'hilfe']),
  angebot: (await angebot(leitungTbh)).sort(),
});
const protokoll = async (aktion: string, leistung: string) => {
  const { rows } = (await t.db.withSystemTx((tx) =>
    tx.execute(sql`select benutzer_id::text as von from audit where ressource = 'leistungsangebot'
                   and aktion = ${aktion} and details->>'leistung' = ${leistung}`),
  )) as unknown as { rows: { von: string }[] };
  return rows;
};
const anfrage = (leistung: string, variante: string | null) => ({
  traegerId: leitungTbh.organisation.id,
  leistung,
  variante,
  jungerMensch: { vorname: 'Mila', nachname: 'Molenkopf', geburtsdatum: '2009-05-05' },
  beginn: '2026-12-14',
  anlass: 'Rückkehr aus der Wohngruppe.',
});

beforeAll(async () => {
  t = await testApp();
  leitungTbh = await t.als('leitung@traeger-bremerhaven.demo');
  asdBhv = await t.als('asd@jugendamt-bremerhaven.demo');
});
afterAll(() => t.close());

describe('GET /api/organisation/leistungen', () => {
  it('lists the offered Leistungen with catalogue title, running Hilfen and open requests', async () => {
    const res = await leitungTbh.get('/api/organisation/leistungen');
    expect(res.statusCode, res.body).toBe(200);
    const { leistungen } = res.json();
    expect(leistungen.map((l: { id: string }) => l.id).sort()).toEqual([
      'bremerhaven-ambulant',
      'lt11-nachbetreuung',
    ]);
    const ambulant = leistungen.find((l: { id: string }) => l.id === 'bremerhaven-ambulant');
    expect(ambulant.titel).toMatch(/Trägerbudget/);
    expect(ambulant.laufendeHilfen).toBeGreaterThan(0);
    // The demo's open request of the Bremerhaven ASD (Lina Deichgraf).
    expect(ambulant.offeneAnfragen).toBe(1);
  });

  it('shows the Administration the list without request counts (requests reach the Leitung only)', async () => {
    const res = await (await t.als('admin@kiju.demo')).get('/api/organisation/leistungen');
    expect(res.statusCode).toBe(200);
    expect(res.json().leistungen).toEqual([
      expect.objectContaining({ id: 'kiju-nachbetreuung', offeneAnfragen: null }),
    ]);
  });

  it('refuses every other role (403)', async () => {
    for (const email of [
      'fachkraft@kiju.demo',
      'semiprofessionell@kiju.demo',
      'verwaltung@kiju.demo',
      'iefk@kiju.demo',
      'asd@jugendamt-bremerhaven.demo',
      'wjh@jugendamt-bremerhaven.demo',
      'controlling@jugendamt-bremerhaven.demo',
    ]) {
      expect((await (await t.als(email)).get('/api/organisation/leistungen')).statusCode, email).toBe(403);
    }
  });
});

describe('POST /api/organisation/leistungen', () => {
  it('adds a catalogue Leistung: audited, and the ASD can ask for it at once', async () => {
    expect((await asdBhv.post('/api/anfragen', anfrage('berlin-d8', 'regel'))).statusCode).toBe(422);
    const res = await leitungTbh.post('/api/organisation/leistungen', { leistung: 'berlin-d8' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().leistungen).toContainEqual({
      id: 'berlin-d8',
      titel: expect.any(String),
      laufendeHilfen: 0,
      offeneAnfragen: 0,
    });
    expect(await traegerAngebot()).toContain('berlin-d8');
    expect(await protokoll('hinzufuegen', 'berlin-d8')).toEqual([{ von: leitungTbh.benutzer.id }]);
  });

  it('refuses an unknown, missing or already offered Leistung and changes nothing', async () => {
    const vorher = await zustand();
    const unbekannt = await leitungTbh.post('/api/organisation/leistungen', { leistung: 'reiten' });
    expect(unbekannt.statusCode).toBe(422);
    expect(unbekannt.json().felder.leistung).toMatch(/^Unbekannte Leistung „reiten“. Gültig sind: .*lt11/);
    const leer = await leitungTbh.post('/api/organisation/leistungen', { leistung: '  ' });
    expect(leer.statusCode).toBe(422);
    expect(leer.json().felder.leistung).toBe('Bitte geben Sie die Leistung aus dem Katalog an.');
    expect((await leitungTbh.post('/api/organisation/leistungen', {})).statusCode).toBe(422);
    const doppelt = await leitungTbh.post('/api/organisation/leistungen', { leistung: 'lt11-nachbetreuung' });
    expect(doppelt.statusCode).toBe(409);
    expect(doppelt.json().fehler).toMatch(/bietet .* bereits an/);
    expect(await zustand()).toEqual(vorher);
  });

  it('refuses Administration and case staff (403) and changes nothing', async () => {
    const emails = ['admin@kiju.demo', 'fachkraft@traeger-bremerhaven.demo', 'verwaltung@kiju.demo'];
    const kiju = await t.als('leitung@kiju.demo');
    // Signed in first: a login writes its own audit row.
    for (const email of emails) await t.als(email);
    const vorher = await zeilenzahlen(t, ['audit']);
    for (const email of emails) {
      const s = await t.als(email);
      expect(
        (await s.post('/api/organisation/leistungen', { leistung: 'berlin-d8' })).statusCode,
        email,
      ).toBe(403);
      expect((await s.del('/api/organisation/leistungen/kiju-nachbetreuung')).statusCode, email).toBe(403);
    }
    expect(await angebot(kiju)).toEqual(['kiju-nachbetreuung']);
    expect(await zeilenzahlen(t, ['audit'])).toEqual(vorher);
  });
});

describe('DELETE /api/organisation/leistungen/:leistung', () => {
  it('keeps a Leistung with an open request (409) until the request is answered', async () => {
    const { id } = (await asdBhv.post('/api/anfragen', anfrage('lt11-nachbetreuung', null))).json();
    const vorher = await zustand();
    const res = await leitungTbh.del('/api/organisation/leistungen/lt11-nachbetreuung');
    expect(res.statusCode).toBe(409);
    expect(res.json().fehler).toMatch(/wartet noch eine Anfrage .* Bitte sagen Sie zu oder ab/);
    expect(await zustand()).toEqual(vorher);

    expect(
      (await leitungTbh.post(`/api/anfragen/${id}/absage`, { grund: 'Kein Platz frei.' })).statusCode,
    ).toBe(200);
    // Running Hilfen of the Leistung do not block: they go on under their grant.
    const stand = (await leitungTbh.get('/api/organisation/leistungen')).json().leistungen;
    expect(stand.find((l: { id: string }) => l.id === 'lt11-nachbetreuung').laufendeHilfen).toBeGreaterThan(
      0,
    );
    const weg = await leitungTbh.del('/api/organisation/leistungen/lt11-nachbetreuung');
    expect(weg.statusCode, weg.body).toBe(200);
    expect(weg.json().leistungen.map((l: { id: string }) => l.id)).not.toContain('lt11-nachbetreuung');
    expect(await protokoll('entfernen', 'lt11-nachbetreuung')).toEqual([{ von: leitungTbh.benutzer.id }]);
    // The ASD can no longer ask for it; the provider's running Hilfen are untouched.
    expect(await traegerAngebot()).not.toContain('lt11-nachbetreuung');
    const neu = await asdBhv.post('/api/anfragen', anfrage('lt11-nachbetreuung', null));
    expect(neu.statusCode).toBe(422);
    expect(neu.json().felder.leistung).toMatch(/bietet die Leistung „lt11-nachbetreuung“ nicht an/);
    expect((await zustand()).zeilen.hilfe).toBe(vorher.zeilen.hilfe);
  });

  it('answers 404 for a Leistung not offered and changes nothing', async () => {
    const vorher = await zustand();
    const res = await leitungTbh.del('/api/organisation/leistungen/kiju-nachbetreuung');
    expect(res.statusCode).toBe(404);
    expect(res.json().fehler).toMatch(/„kiju-nachbetreuung“ wurde nicht gefunden/);
    expect(await zustand()).toEqual(vorher);
  });
});
