import { hilfe } from '@hilfewerk/db';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fallId, type TestApp, testApp } from '../../test/test-app.ts';

/**
 * LT 11 is aftercare "im Anschluss an eine stationäre Maßnahme" (LT 11, Nr. 1 and Nr. 3) with the legal
 * basis §§ 27, 41 SGB VIII (Nr. 2): a Hilfe names what it follows, and its basis comes from the catalogue.
 */
let t: TestApp;
let fall: string;
let andererFall: string;
let jugendamtBhv: string;

const anzahl = async () => (await t.db.withSystemTx((tx) => tx.select({ n: count() }).from(hilfe)))[0].n;

const lt11 = (extra: object) => ({
  leistung: 'lt11-nachbetreuung',
  rechtsgrundlage: '§ 41 SGB VIII',
  jugendamtId: jugendamtBhv,
  beginn: '2026-10-01',
  geplantesEnde: '2026-12-31',
  ...extra,
});

beforeAll(async () => {
  t = await testApp();
  fall = await fallId(t, 'TBH-NB-2026-001');
  andererFall = await fallId(t, 'TBH-NB-2026-002');
  const s = await t.als('fachkraft@traeger-bremerhaven.demo');
  jugendamtBhv = (await s.get('/api/jugendaemter'))
    .json()
    .find((j: { name: string }) => j.name.includes('Bremerhaven')).id;
});
afterAll(() => t.close());

describe('LT 11 nur im Anschluss an eine stationäre Maßnahme', () => {
  it('der Katalog nennt die Herkunftsliste und welche Leistung stationär ist', async () => {
    const s = await t.als('fachkraft@traeger-bremerhaven.demo');
    const katalog = (await s.get('/api/katalog')).json();
    const l = katalog.find((e: { id: string }) => e.id === 'lt11-nachbetreuung');
    expect(l.stationaer).toBe(false);
    expect(l.anschluss.quelle).toContain('Nr. 3 Personenkreis');
    expect(l.anschluss.herkunft.map((h: { id: string }) => h.id)).toEqual([
      'heimerziehung',
      'vollzeitpflege',
      'intensive-einzelbetreuung',
      'sonstige-stationaer',
    ]);
    expect(katalog.find((e: { id: string }) => e.id === 'berlin-d8')).toMatchObject({
      stationaer: true,
      anschluss: null,
    });
    // The answer schema keeps where the legal bases come from (the form names it beside the list).
    expect(l.rechtsgrundlageQuelle).toEqual(expect.stringContaining('LT 11'));
  });

  it('ohne Vorgänger-Hilfe und ohne Herkunft: 422 mit der Klausel, nichts gespeichert', async () => {
    const s = await t.als('fachkraft@traeger-bremerhaven.demo');
    const vorher = await anzahl();
    const res = await s.post(`/api/faelle/${fall}/hilfen`, lt11({}));
    expect(res.statusCode).toBe(422);
    expect(res.json().felder.herkunft).toMatch(
      /im Anschluss an eine stationäre Maßnahme.*LT 11, Nr\. 1.*Nr\. 3/,
    );
    expect(await anzahl()).toBe(vorher);
  });

  it('eine getippte Rechtsgrundlage außerhalb des Katalogs wird abgelehnt (LT 11, Nr. 2)', async () => {
    const s = await t.als('fachkraft@traeger-bremerhaven.demo');
    const vorher = await anzahl();
    const res = await s.post(
      `/api/faelle/${fall}/hilfen`,
      lt11({ herkunft: 'heimerziehung', rechtsgrundlage: '§ 34 SGB VIII' }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().felder.rechtsgrundlage).toBe(
      'Bitte wählen Sie die Rechtsgrundlage aus der Liste: § 27 SGB VIII, § 41 SGB VIII (LT 11, Nr. 2 Rechtsgrundlage: §§ 27, 41 SGB VIII).',
    );
    expect(await anzahl()).toBe(vorher);
  });

  it('eine unbekannte Herkunft und „andere stationäre Hilfe“ ohne Beschreibung: 422', async () => {
    const s = await t.als('fachkraft@traeger-bremerhaven.demo');
    const vorher = await anzahl();
    const unbekannt = await s.post(`/api/faelle/${fall}/hilfen`, lt11({ herkunft: 'zuhause' }));
    expect(unbekannt.statusCode).toBe(422);
    expect(unbekannt.json().felder.herkunft).toContain('Unbekannte Herkunft „zuhause“');
    const ohneText = await s.post(`/api/faelle/${fall}/hilfen`, lt11({ herkunft: 'sonstige-stationaer' }));
    expect(ohneText.statusCode).toBe(422);
    expect(ohneText.json().felder.herkunftText).toContain('Bitte beschreiben Sie die stationäre Maßnahme');
    expect(await anzahl()).toBe(vorher);
  });

  it('mit Herkunft aus der Liste wird die Hilfe angelegt und zeigt die Herkunft', async () => {
    const s = await t.als('fachkraft@traeger-bremerhaven.demo');
    const res = await s.post(
      `/api/faelle/${fall}/hilfen`,
      lt11({ herkunft: 'sonstige-stationaer', herkunftText: 'Wohngruppe eines anderen Trägers' }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      herkunft: 'sonstige-stationaer',
      herkunftText: 'Wohngruppe eines anderen Trägers',
      vorgaengerHilfeId: null,
    });
  });

  it('verknüpft die vorangegangene stationäre Hilfe desselben Falls; eine ambulante, fremde oder noch laufende nicht', async () => {
    const s = await t.als('fachkraft@traeger-bremerhaven.demo');
    const stationaer = await s.post(`/api/faelle/${fall}/hilfen`, {
      leistung: 'berlin-d8',
      variante: 'gruppe-regel',
      rechtsgrundlage: '§ 19 SGB VIII',
      jugendamtId: jugendamtBhv,
      beginn: '2025-01-01',
      geplantesEnde: '2026-09-30',
    });
    expect(stationaer.statusCode).toBe(201);
    const ok = await s.post(`/api/faelle/${fall}/hilfen`, lt11({ vorgaengerHilfeId: stationaer.json().id }));
    expect(ok.statusCode).toBe(201);
    expect(ok.json().vorgaengerHilfeId).toBe(stationaer.json().id);

    const vorher = await anzahl();
    const ambulant = await s.post(`/api/faelle/${fall}/hilfen`, lt11({ vorgaengerHilfeId: ok.json().id }));
    expect(ambulant.statusCode).toBe(422);
    expect(ambulant.json().felder.vorgaengerHilfeId).toContain('keine stationäre Maßnahme');

    const akteAnders = (await s.get(`/api/faelle/${andererFall}`)).json();
    const fremd = await s.post(
      `/api/faelle/${fall}/hilfen`,
      lt11({ vorgaengerHilfeId: akteAnders.hilfen[0].id }),
    );
    expect(fremd.statusCode).toBe(422);
    expect(fremd.json().felder.vorgaengerHilfeId).toContain('Hilfe dieses Falls');

    const zuFrueh = await s.post(
      `/api/faelle/${fall}/hilfen`,
      lt11({ vorgaengerHilfeId: stationaer.json().id, beginn: '2026-09-01' }),
    );
    expect(zuFrueh.statusCode).toBe(422);
    expect(zuFrueh.json().felder.vorgaengerHilfeId).toContain('nach dem Ende der stationären Hilfe');
    expect(await anzahl()).toBe(vorher);
  });

  it('andere Leistungen nehmen keine Herkunft an', async () => {
    const s = await t.als('fachkraft@traeger-bremerhaven.demo');
    const res = await s.post(`/api/faelle/${fall}/hilfen`, {
      leistung: 'bremerhaven-ambulant',
      variante: 'p31',
      rechtsgrundlage: '§ 31 SGB VIII',
      jugendamtId: jugendamtBhv,
      beginn: '2026-10-01',
      herkunft: 'heimerziehung',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().felder.herkunft).toContain('schließt an keine stationäre Maßnahme an');
  });

  it('eine Rolle ohne Recht auf Hilfen bekommt 403, ein anderer Träger 404', async () => {
    const vorher = await anzahl();
    const asd = await t.als('asd@jugendamt-bremerhaven.demo');
    const a = await asd.post(`/api/faelle/${fall}/hilfen`, lt11({ herkunft: 'heimerziehung' }));
    expect(a.statusCode).toBe(403);
    const kiju = await t.als('leitung@kiju.demo');
    const b = await kiju.post(`/api/faelle/${fall}/hilfen`, lt11({ herkunft: 'heimerziehung' }));
    expect(b.statusCode).toBe(404);
    expect(await anzahl()).toBe(vorher);
  });
});
