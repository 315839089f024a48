import { FRISTEN_FUER_DAS_JUGENDAMT, type GewaehrteHilfeDetail, type GewaehrteHilfen } from '@hilfewerk/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fallId, type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';

/**
 * The ASD's view of the Hilfen its Jugendamt granted: deadlines owed to it (overdue ones marked), reports
 * received — never another Jugendamt's Hilfen, never the provider's own deadlines.
 */
let t: TestApp;
let asdBhv: TestSitzung;
let asdWup: TestSitzung;

beforeAll(async () => {
  t = await testApp();
  asdBhv = await t.als('asd@jugendamt-bremerhaven.demo');
  asdWup = await t.als('asd@jugendamt-wuppertal.demo');
});
afterAll(() => t.close());

const liste = async (s: TestSitzung) => {
  const res = await s.get('/api/gewaehrte-hilfen');
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as GewaehrteHilfen;
};

describe('GET /api/gewaehrte-hilfen', () => {
  it('lists the Hilfen Jugendamt Bremerhaven granted, with open and overdue deadlines', async () => {
    const { heute, hilfen } = await liste(asdBhv);
    expect(heute).toBe('2026-11-25');
    expect(hilfen.length).toBeGreaterThan(0);
    expect(hilfen.every((h) => h.aktenzeichen.startsWith('TBH-'))).toBe(true);
    expect(new Set(hilfen.map((h) => h.traeger.name))).toEqual(new Set(['Träger Bremerhaven']));
    // The demo tells of deadlines just missed: one shows as overdue, and the list opens with it.
    expect(hilfen[0].ueberfaelligeFristen).toBeGreaterThan(0);
    expect(hilfen[0].naechsteFrist?.ueberfaellig).toBe(true);
    expect(hilfen.some((h) => h.berichte > 0)).toBe(true);
    expect(JSON.stringify(hilfen)).not.toMatch(/ereignisse|minuten|notiz/);
  });

  it('gives Jugendamt Wuppertal only its own (KIJU) Hilfen', async () => {
    const { hilfen } = await liste(asdWup);
    expect(hilfen.length).toBeGreaterThan(0);
    expect(hilfen.every((h) => h.aktenzeichen.startsWith('KIJU-'))).toBe(true);
  });

  it.each([
    'leitung@traeger-bremerhaven.demo',
    'fachkraft@traeger-bremerhaven.demo',
    'wjh@jugendamt-bremerhaven.demo',
    'controlling@jugendamt-bremerhaven.demo',
  ])('refuses %s (403)', async (email) => {
    const res = await (await t.als(email)).get('/api/gewaehrte-hilfen');
    expect(res.statusCode).toBe(403);
  });
});

describe('GET /api/gewaehrte-hilfen/:id', () => {
  let hilfeId: string;
  let fachkraft: TestSitzung;
  let fall: string;

  beforeAll(async () => {
    fachkraft = await t.als('fachkraft@traeger-bremerhaven.demo');
    fall = await fallId(t, 'TBH-2026-001');
    hilfeId = (await fachkraft.get(`/api/faelle/${fall}`)).json().hilfen[0].id;
  });

  it('shows the deadlines owed to the Jugendamt — none of the provider’s own', async () => {
    const res = await asdBhv.get(`/api/gewaehrte-hilfen/${hilfeId}`);
    expect(res.statusCode, res.body).toBe(200);
    const h = res.json() as GewaehrteHilfeDetail;
    expect(h.aktenzeichen).toBe('TBH-2026-001');
    expect(h.fristen.length).toBeGreaterThan(0);
    const erlaubt: readonly string[] = FRISTEN_FUER_DAS_JUGENDAMT;
    expect(h.fristen.every((f) => erlaubt.includes(f.regel))).toBe(true);
    // Where the provider keeps deadlines of its own work on a granted Hilfe, the Jugendamt sees none of them.
    const leitung = await t.als('leitung@traeger-bremerhaven.demo');
    let gefunden = 0;
    for (const g of (await liste(asdBhv)).hilfen) {
      const eigene = (await leitung.get(`/api/faelle/${g.fallId}/fristen`)).json() as {
        regel: string;
        hilfeId: string;
      }[];
      const intern = eigene.filter((f) => f.hilfeId === g.id && !erlaubt.includes(f.regel));
      if (intern.length === 0) continue;
      gefunden++;
      const sicht = (await asdBhv.get(`/api/gewaehrte-hilfen/${g.id}`)).json() as GewaehrteHilfeDetail;
      expect(sicht.fristen.map((f) => f.regel)).not.toContain(intern[0].regel);
    }
    expect(gefunden).toBeGreaterThan(0);
    expect(h.offeneFristen).toBe(
      h.fristen.filter((f) => ['offen', 'ueberfaellig'].includes(f.status)).length,
    );
  });

  it('counts a report the provider sends, and the deadline it meets', async () => {
    const vorher = (await asdBhv.get(`/api/gewaehrte-hilfen/${hilfeId}`)).json() as GewaehrteHilfeDetail;
    const entwurf = await fachkraft.post('/api/berichte', {
      hilfeId,
      art: 'entwicklungsbericht',
      inhalt: { verlauf: 'Stabil.' },
    });
    expect(entwurf.statusCode, entwurf.body).toBe(201);
    expect((await fachkraft.post(`/api/berichte/${entwurf.json().id}/senden`)).statusCode).toBe(200);
    const nachher = (await asdBhv.get(`/api/gewaehrte-hilfen/${hilfeId}`)).json() as GewaehrteHilfeDetail;
    expect(nachher.berichte).toBe(vorher.berichte + 1);
    expect(nachher.empfangeneBerichte[0]).toMatchObject({ id: entwurf.json().id, gelesenAm: null });
    expect(nachher.ungeleseneBerichte).toBe(vorher.ungeleseneBerichte + 1);
  });

  it('answers 404 for another Jugendamt’s Hilfe and an unknown one', async () => {
    expect((await asdWup.get(`/api/gewaehrte-hilfen/${hilfeId}`)).statusCode).toBe(404);
    const unbekannt = await asdBhv.get('/api/gewaehrte-hilfen/00000000-0000-4000-8000-000000000000');
    expect(unbekannt.statusCode).toBe(404);
    expect(unbekannt.json().fehler).toBe('Die Hilfe wurde nicht gefunden.');
  });

  it('refuses a malformed id with a German 4xx, and the provider with 403', async () => {
    const res = await asdBhv.get('/api/gewaehrte-hilfen/kein-schluessel');
    expect([400, 404, 422]).toContain(res.statusCode);
    expect(res.json().fehler).toMatch(/[äöüa-z]/);
    expect((await fachkraft.get(`/api/gewaehrte-hilfen/${hilfeId}`)).statusCode).toBe(403);
  });
});
