import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fallId, type TestApp, testApp } from '../test/test-app.ts';

/** Another organisation's records answer 404 everywhere — never 403, which would reveal them. */
let t: TestApp;
let kiju: { fall: string; person: string; hilfe: string; jugendamt: string };
let tbhFall: string;

beforeAll(async () => {
  t = await testApp();
  const leitung = await t.als('leitung@kiju.demo');
  const fall = await fallId(t, 'KIJU-2026-001');
  const akte = (await leitung.get(`/api/faelle/${fall}`)).json();
  kiju = {
    fall,
    person: akte.personen[0].id,
    hilfe: akte.hilfen[0].id,
    jugendamt: akte.hilfen[0].jugendamt.id,
  };
  tbhFall = await fallId(t, 'TBH-2026-001');
});
afterAll(() => t.close());

describe('Fremde Organisation', () => {
  it('answers 404 for another provider’s case by id and in every sub-resource', async () => {
    const s = await t.als('leitung@traeger-bremerhaven.demo');
    const f = kiju.fall;
    const antworten = [
      await s.get(`/api/faelle/${f}`),
      await s.patch(`/api/faelle/${f}`, { version: 1, bezeichnung: 'x' }),
      await s.post(`/api/faelle/${f}/personen`, { rolle: 'geschwister', vorname: 'a', nachname: 'b' }),
      await s.patch(`/api/faelle/${f}/personen/${kiju.person}`, { version: 1, vorname: 'x' }),
      await s.post(`/api/faelle/${f}/hilfen`, {
        leistung: 'kiju-nachbetreuung',
        variante: 'eigene-wohnung',
        rechtsgrundlage: '§ 41',
        jugendamtId: kiju.jugendamt,
        beginn: '2026-01-01',
      }),
      await s.patch(`/api/faelle/${f}/hilfen/${kiju.hilfe}`, { version: 1, endegrund: 'x' }),
      await s.post(`/api/faelle/${f}/ereignisse`, { art: 'krise', datum: '2026-11-01' }),
      await s.get(`/api/faelle/${f}/notizen`),
      await s.post(`/api/faelle/${f}/notizen`, { text: 'x' }),
      await s.post(`/api/faelle/${f}/team/${s.benutzer.id}`),
      await s.del(`/api/faelle/${f}/team/${s.benutzer.id}`),
    ];
    expect(antworten.map((a) => a.statusCode)).toEqual(Array(antworten.length).fill(404));
    for (const a of antworten) expect(a.body).not.toMatch(/KIJU|Beispiel/);
  });

  it('answers 404 for another case’s person or Hilfe reached through an own case', async () => {
    const s = await t.als('leitung@traeger-bremerhaven.demo');
    expect(
      (await s.patch(`/api/faelle/${tbhFall}/personen/${kiju.person}`, { version: 1, vorname: 'x' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await s.patch(`/api/faelle/${tbhFall}/hilfen/${kiju.hilfe}`, { version: 1, endegrund: 'x' }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await s.post(`/api/faelle/${tbhFall}/ereignisse`, {
          art: 'krise',
          datum: '2026-11-01',
          hilfeId: kiju.hilfe,
        })
      ).statusCode,
    ).toBe(422);
  });

  it('never lists another organisation’s cases, not even by search', async () => {
    const s = await t.als('leitung@traeger-bremerhaven.demo');
    const liste = (await s.get('/api/faelle?suche=KIJU&proSeite=200')).json();
    expect(liste).toEqual([]);
    const alle = (await s.get('/api/faelle?proSeite=200')).json();
    expect(alle.every((f: { aktenzeichen: string }) => f.aktenzeichen.startsWith('TBH'))).toBe(true);
  });

  it('answers 404 for malformed ids instead of a validation error', async () => {
    const s = await t.als('leitung@kiju.demo');
    expect((await s.get('/api/faelle/kein-uuid')).statusCode).toBe(404);
  });

  it('does not show a case outside a Fachkraft’s team (404)', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    expect((await s.get(`/api/faelle/${await fallId(t, 'KIJU-2025-014')}`)).statusCode).toBe(404);
  });
});

describe('Jugendamt (ASD)', () => {
  it('sees the provider’s cases with a Hilfe it granted: master data and Hilfen only', async () => {
    const s = await t.als('asd@jugendamt-bremerhaven.demo');
    const liste = (await s.get('/api/faelle?proSeite=200')).json();
    expect(liste.map((f: { aktenzeichen: string }) => f.aktenzeichen)).toEqual([
      'TBH-2025-005',
      'TBH-2026-001',
      'TBH-2026-002',
      'TBH-2026-003',
      'TBH-2026-004',
      'TBH-NB-2026-001',
      'TBH-NB-2026-002',
      'TBH-NB-2026-003',
    ]);
    const akte = (await s.get(`/api/faelle/${tbhFall}`)).json();
    expect(akte.personen.length).toBeGreaterThan(0);
    expect(akte.hilfen).toHaveLength(1);
    expect(akte.hilfen[0].jugendamt.name).toMatch(/Bremerhaven/);
    expect(akte.ereignisse).toEqual([]);
    expect(akte.team).toEqual([]);
    expect((await s.get(`/api/faelle/${tbhFall}/notizen`)).statusCode).toBe(403);
  });

  it('does not see cases granted by another Jugendamt', async () => {
    const s = await t.als('asd@jugendamt-bremerhaven.demo');
    expect((await s.get(`/api/faelle/${kiju.fall}`)).statusCode).toBe(404);
    expect((await s.get(`/api/faelle/${await fallId(t, 'MUKI-2026-001')}`)).statusCode).toBe(404);
  });

  it('sees only its own Hilfen of a case another Jugendamt also funds', async () => {
    const leitung = await t.als('leitung@traeger-bremerhaven.demo');
    const jaeAemter = (await leitung.get('/api/jugendaemter')).json();
    const mitte = jaeAemter.find((j: { name: string }) => j.name.includes('Mitte')).id;
    const neu = await leitung.post(`/api/faelle/${tbhFall}/hilfen`, {
      leistung: 'bremerhaven-ambulant',
      variante: 'p31',
      rechtsgrundlage: '§ 31 SGB VIII',
      jugendamtId: mitte,
      beginn: '2026-11-01',
    });
    expect(neu.statusCode).toBe(201);
    const asdBhv = await t.als('asd@jugendamt-bremerhaven.demo');
    const akte = (await asdBhv.get(`/api/faelle/${tbhFall}`)).json();
    expect(akte.hilfen).toHaveLength(1);
    const liste = (await asdBhv.get('/api/faelle?suche=TBH-2026-001')).json();
    expect(liste[0].jugendamt.name).toMatch(/Bremerhaven/);
    const asdMitte = await t.als('asd@jugendamt-berlin-mitte.demo');
    const akteMitte = (await asdMitte.get(`/api/faelle/${tbhFall}`)).json();
    expect(akteMitte.hilfen.map((h: { id: string }) => h.id)).toEqual([neu.json().id]);
  });
});
