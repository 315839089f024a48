import { hilfe } from '@hilfewerk/db';
import { eq, min } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amtlichePruefung, beanstandungen } from '../../dokumente/test-hilfen/amtliche-pruefung.ts';
import { pdfText } from '../../dokumente/test-hilfen/pdf-text.ts';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';

/**
 * Every demo provider closes every month the demo lets close — from the month its first Hilfe began to
 * the last finished month — without a refusal or a server error; every invoice and credit note these
 * closes produce passes the official e-invoice checks (UBL 2.1 schema, EN 16931, XRechnung 3.0).
 */
const TRAEGER = {
  kiju: 'verwaltung@kiju.demo',
  tbh: 'verwaltung@traeger-bremerhaven.demo',
  muki: 'verwaltung@mukiberlin.demo',
} as const;

let t: TestApp;
const abschluesse: Record<string, { monat: string; status: number; body: string }[]> = {};
const rechnungen: { traeger: string; id: string; nummer: string; art: string }[] = [];

function monateAb(ersterTag: string, letzterMonat: string): string[] {
  const monate: string[] = [];
  let [j, m] = ersterTag.slice(0, 7).split('-').map(Number);
  while (`${j}-${String(m).padStart(2, '0')}` <= letzterMonat) {
    monate.push(`${j}-${String(m).padStart(2, '0')}`);
    [j, m] = m === 12 ? [j + 1, 1] : [j, m + 1];
  }
  return monate;
}

beforeAll(async () => {
  t = await testApp();
  for (const [traeger, email] of Object.entries(TRAEGER)) {
    const a: TestSitzung = await t.als(email);
    const [{ beginn }] = await t.db.withSystemTx((tx) =>
      tx
        .select({ beginn: min(hilfe.beginn) })
        .from(hilfe)
        .where(eq(hilfe.organisationId, a.organisation.id)),
    );
    // The test day is 25.11.2026: October is the last month that has ended.
    abschluesse[traeger] = [];
    for (const monat of monateAb(beginn as string, '2026-10')) {
      const res = await a.post('/api/abschluesse', { monat });
      abschluesse[traeger].push({ monat, status: res.statusCode, body: res.body });
    }
    for (const r of (await a.get('/api/rechnungen')).json()) {
      rechnungen.push({ traeger, id: r.id, nummer: r.nummer, art: r.art });
    }
    // A credit note on part of the newest invoice's first line, and one on its whole last line.
    const neueste = (await a.get('/api/rechnungen')).json()[0];
    if (neueste) {
      const r = (await a.get(`/api/rechnungen/${neueste.id}`)).json();
      const erste = r.positionen[0];
      const teil = await a.post(`/api/rechnungen/${r.id}/gutschrift`, {
        grund: 'Test einer Teilgutschrift',
        positionen: [{ nr: 1, menge: String(Math.max(1, Math.floor(Number(erste.menge) / 2))) }],
      });
      expect(teil.statusCode, teil.body).toBe(201);
      rechnungen.push({ traeger, id: teil.json().id, nummer: teil.json().nummer, art: 'gutschrift' });
    }
  }
}, 600_000);
afterAll(() => t.close());

describe('Monatsabschluss aller Demo-Träger', () => {
  it.each(Object.keys(TRAEGER))('%s schließt jeden offenen Monat ab (201, nie 4xx/5xx)', (traeger) => {
    const fehlgeschlagen = abschluesse[traeger].filter((a) => a.status !== 201);
    expect(fehlgeschlagen).toEqual([]);
    expect(abschluesse[traeger].length).toBeGreaterThan(2);
  });

  it('jeder Träger hat Rechnungen und eine Gutschrift erzeugt', () => {
    for (const traeger of Object.keys(TRAEGER)) {
      expect(rechnungen.filter((r) => r.traeger === traeger && r.art === 'rechnung').length).toBeGreaterThan(
        0,
      );
      expect(rechnungen.filter((r) => r.traeger === traeger && r.art === 'gutschrift')).toHaveLength(1);
    }
  });

  it('jede erzeugte Rechnung und Gutschrift besteht die amtliche XRechnung-Prüfung', async () => {
    const xmls: string[] = [];
    for (const r of rechnungen) {
      const a = await t.als(TRAEGER[r.traeger as keyof typeof TRAEGER]);
      const res = await a.get(`/api/rechnungen/${r.id}/xrechnung`);
      expect(res.statusCode, `${r.nummer}: ${res.body.slice(0, 300)}`).toBe(200);
      xmls.push(res.body);
    }
    const befunde = amtlichePruefung(xmls).map(beanstandungen);
    expect(Object.fromEntries(rechnungen.map((r, i) => [`${r.traeger} ${r.nummer}`, befunde[i]]))).toEqual(
      Object.fromEntries(rechnungen.map((r) => [`${r.traeger} ${r.nummer}`, []])),
    );
  }, 600_000);

  it('das PDF zeigt einen Teilmonat als Tage × Pauschale je Monatstage', async () => {
    const a = await t.als(TRAEGER.tbh);
    const liste = (await a.get('/api/rechnungen?monat=2026-09')).json();
    const pdf = await a.get(`/api/rechnungen/${liste[0].id}/pdf`);
    // TBH-NB-2026-002 starts on 15.09.2026: 16 days × 1.485,00 € per 30 days = 792,00 €.
    const text = pdfText(pdf.rawPayload);
    expect(text).toMatch(/16\s+Tag\s+1\.485,00 € je\s+792,00 €/);
    expect(text).toMatch(/\(anteilig\)\s+30 Tage/);
  });
});
