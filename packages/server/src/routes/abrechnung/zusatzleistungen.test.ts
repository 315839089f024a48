import { hilfe } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amtlicheBeanstandungen } from '../../dokumente/test-hilfen/amtliche-pruefung.ts';
import { fallId, type TestApp, testApp } from '../../test/test-app.ts';

/**
 * D.8 individuelle Zusatzleistungen ("auf Basis der Hilfeplanung") and Bremerhaven § 39 Sonderbedarfe ("von der
 * Budgetierung ausgenommen") are recorded on the Hilfe and billed by the month close as their own lines.
 */
let t: TestApp;
let muki002: string;
let hilfeMuki: { id: string; version: number };

const zusatz = (datum: string, betrag = '75.50') => ({
  datum,
  text: 'Familienrat mit der Großmutter',
  betrag,
  genehmigung: 'HP-MI-2026-131-2',
});

async function hilfeVon(aktenzeichen: string) {
  const id = await fallId(t, aktenzeichen);
  const [h] = await t.db.withSystemTx((tx) => tx.select().from(hilfe).where(eq(hilfe.fallId, id)));
  return { fall: id, ...h };
}

beforeAll(async () => {
  t = await testApp();
  const h = await hilfeVon('MUKI-2026-002');
  muki002 = h.fall;
  hilfeMuki = { id: h.id, version: h.version };
});
afterAll(() => t.close());

describe('Zusatzleistungen und Sonderbedarfe', () => {
  it('der Katalog sagt, welche Leistung sie kennt, mit der Klausel', async () => {
    const s = await t.als('fachkraft@mukiberlin.demo');
    const katalog = (await s.get('/api/katalog')).json();
    const von = (id: string) => katalog.find((e: { id: string }) => e.id === id).zusatzleistungen;
    expect(von('berlin-d8')).toMatchObject({ text: 'Individuelle Zusatzleistung' });
    expect(von('berlin-d8').quelle).toContain('Anlage D.8');
    expect(von('bremerhaven-ambulant').quelle).toContain('§ 39 SGB VIII');
    expect(von('lt11-nachbetreuung')).toBeNull();
    expect(von('kiju-nachbetreuung')).toBeNull();
  });

  it('lehnt falsche Beträge, ein Datum außerhalb der Hilfe und eine Leistung ohne Zusatzleistungen ab (422, nichts geändert)', async () => {
    const s = await t.als('fachkraft@mukiberlin.demo');
    const pfad = `/api/faelle/${muki002}/hilfen/${hilfeMuki.id}`;
    const komma = await s.patch(pfad, {
      version: hilfeMuki.version,
      zusatzleistungen: [zusatz('2026-09-20', '75,50')],
    });
    expect(komma.statusCode).toBe(422);
    expect(JSON.stringify(komma.json().felder)).toContain('zwei Nachkommastellen');
    const null0 = await s.patch(pfad, {
      version: hilfeMuki.version,
      zusatzleistungen: [zusatz('2026-09-20', '0.00')],
    });
    expect(null0.statusCode).toBe(422);
    expect(JSON.stringify(null0.json().felder)).toContain('größer als 0');
    const vorBeginn = await s.patch(pfad, {
      version: hilfeMuki.version,
      zusatzleistungen: [zusatz('2025-12-31')],
    });
    expect(vorBeginn.statusCode).toBe(422);
    expect(vorBeginn.json().felder['zusatzleistungen.0.datum']).toContain('liegt außerhalb der Hilfe');
    const ohneGenehmigung = await s.patch(pfad, {
      version: hilfeMuki.version,
      zusatzleistungen: [{ ...zusatz('2026-09-20'), genehmigung: ' ' }],
    });
    expect(ohneGenehmigung.statusCode).toBe(422);

    const kiju = await hilfeVon('KIJU-2026-001');
    const fls = await (await t.als('fachkraft@kiju.demo')).patch(
      `/api/faelle/${kiju.fall}/hilfen/${kiju.id}`,
      {
        version: kiju.version,
        zusatzleistungen: [zusatz('2026-09-20')],
      },
    );
    expect(fls.statusCode).toBe(422);
    expect(fls.json().felder.zusatzleistungen).toContain('rechnet nichts außerhalb ihres Entgelts ab');
    const [danach] = await t.db.withSystemTx((tx) =>
      tx.select().from(hilfe).where(eq(hilfe.id, hilfeMuki.id)),
    );
    expect(danach).toMatchObject({ version: hilfeMuki.version, zusatzleistungen: [] });
  });

  it('Verwaltung darf erfassen; ASD 403, ein anderer Träger 404', async () => {
    const pfad = `/api/faelle/${muki002}/hilfen/${hilfeMuki.id}`;
    const eingabe = { version: hilfeMuki.version, zusatzleistungen: [zusatz('2026-09-20')] };
    expect((await (await t.als('asd@jugendamt-berlin-mitte.demo')).patch(pfad, eingabe)).statusCode).toBe(
      403,
    );
    expect((await (await t.als('verwaltung@kiju.demo')).patch(pfad, eingabe)).statusCode).toBe(404);
    const res = await (await t.als('verwaltung@mukiberlin.demo')).patch(pfad, eingabe);
    expect(res.statusCode).toBe(200);
    expect(res.json().zusatzleistungen).toEqual([zusatz('2026-09-20')]);
    hilfeMuki.version = res.json().version;
  });

  it('der Monatsabschluss rechnet sie als eigene Position ab; die XRechnung besteht die amtliche Prüfung', async () => {
    const v = await t.als('verwaltung@mukiberlin.demo');
    const abschluss = await v.post('/api/abschluesse', { monat: '2026-09' });
    expect(abschluss.statusCode, abschluss.body).toBe(201);
    const r = (await v.get(`/api/rechnungen/${abschluss.json().rechnungen[0].id}`)).json();
    const zeilen = r.positionen.map((p: Record<string, string>) => [
      p.aktenzeichenJugendamt,
      p.bewilligung,
      p.menge,
      p.einheit,
      p.betrag,
    ]);
    expect(zeilen).toEqual([
      ['MI-Jug-2026-088', 'KÜ-MI-2026-088', '30', 'Tag', '9374.10'],
      ['MI-Jug-2026-088', 'KÜ-MI-2026-088', '30', 'Tag (weitere Person)', '1254.00'],
      ['MI-Jug-2026-131', 'KÜ-MI-2026-131', '30', 'Tag', '11946.00'],
      // the Zusatzleistung, with its own approval as Bewilligung
      ['MI-Jug-2026-131', 'HP-MI-2026-131-2', '1', 'Zusatzleistung', '75.50'],
      ['MI-Jug-2026-150', 'KÜ-MI-2026-150', '30', 'Tag', '7368.00'],
    ]);
    expect(r.positionen[3].text).toContain('Individuelle Zusatzleistung „Familienrat mit der Großmutter“');
    // 29.942,10 without it (abrechnung.test.ts) + 75,50
    expect(r.summe).toBe('30017.60');
    const xml = (await v.get(`/api/rechnungen/${r.id}/xrechnung`)).body;
    expect(amtlicheBeanstandungen(xml)).toEqual([]);
  }, 120_000);

  it('eine Zusatzleistung eines abgeschlossenen Monats bleibt, wie sie abgerechnet ist (422)', async () => {
    const s = await t.als('fachkraft@mukiberlin.demo');
    const pfad = `/api/faelle/${muki002}/hilfen/${hilfeMuki.id}`;
    const weg = await s.patch(pfad, { version: hilfeMuki.version, zusatzleistungen: [] });
    expect(weg.statusCode).toBe(422);
    expect(weg.json().felder.zusatzleistungen).toContain('abgeschlossenen Monat 09/2026');
    const anders = await s.patch(pfad, {
      version: hilfeMuki.version,
      zusatzleistungen: [zusatz('2026-09-20', '80.00')],
    });
    expect(anders.statusCode).toBe(422);
    const dazu = await s.patch(pfad, {
      version: hilfeMuki.version,
      zusatzleistungen: [zusatz('2026-09-20'), zusatz('2026-11-03')],
    });
    expect(dazu.statusCode).toBe(200);
  });

  it('Bremerhaven: der § 39 Sonderbedarf einer Hilfe im Trägerbudget wird als eigene Position abgerechnet', async () => {
    const v = await t.als('verwaltung@traeger-bremerhaven.demo');
    // August 2026: no LT 11 Hilfe runs yet, so the invoice carries the Sonderbedarf alone.
    const abschluss = await v.post('/api/abschluesse', { monat: '2026-08' });
    expect(abschluss.statusCode, abschluss.body).toBe(201);
    expect(abschluss.json().rechnungen).toHaveLength(1);
    const r = (await v.get(`/api/rechnungen/${abschluss.json().rechnungen[0].id}`)).json();
    expect(r.positionen).toHaveLength(1);
    expect(r.summe).toBe('89.90');
    const sonder = r.positionen.filter((p: { einheit: string }) => p.einheit === 'Sonderbedarf');
    expect(sonder).toMatchObject([
      {
        menge: '1',
        betrag: '89.90',
        bewilligung: 'BHV-WJH-2026-17',
        zeitraumVon: '2026-08-17',
        zeitraumBis: '2026-08-17',
      },
    ]);
    expect(sonder[0].text).toContain('Sonderbedarf nach § 39 SGB VIII „Schulbedarf (Erstausstattung)“');
    // The budget Hilfe itself has no other line: only the Sonderbedarf is billed outside the budget.
    expect(sonder[0].hilfeId).toBe((await hilfeVon('TBH-2026-001')).id);
    const xml = (await v.get(`/api/rechnungen/${r.id}/xrechnung`)).body;
    expect(amtlicheBeanstandungen(xml)).toEqual([]);
  }, 120_000);
});
