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
    // The demo itself closed some months (KIJU's 2025 invoices for the Jugendamt's WJH): those stay as they are.
    const geschlossen = new Set(
      ((await a.get('/api/abschluesse')).json() as { monat: string }[]).map((x) => x.monat),
    );
    for (const monat of monateAb(beginn as string, '2026-10').filter((m) => !geschlossen.has(m))) {
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

/** DATEV's Buchungsstapel: row 3 onwards are bookings; columns by their heading in row 2. */
function buchungen(csv: Buffer) {
  const [, kopf, ...rest] = csv.toString('latin1').split('\r\n');
  const spalten = kopf.split(';');
  return rest
    .filter((z) => z !== '')
    .map((z) => {
      const felder = z.split(';');
      return (name: string) => felder[spalten.indexOf(name)].replace(/^"|"$/g, '');
    });
}

describe('DATEV-Export der Demo-Abschlüsse', () => {
  it('jeder Demo-Träger exportiert jeden Monat mit Rechnungen (alle haben DATEV-Angaben)', async () => {
    for (const email of Object.values(TRAEGER)) {
      const a = await t.als(email);
      for (const m of (await a.get('/api/abschluesse'))
        .json()
        .filter((x: { rechnungen: number }) => x.rechnungen > 0)) {
        const res = await a.get(`/api/abschluesse/${m.monat}/datev`);
        expect(res.statusCode, `${email} ${m.monat}: ${res.body.slice(0, 200)}`).toBe(200);
        // The first export of a month: nothing was exported before.
        expect(res.headers['x-hilfewerk-bereits-exportiert']).toBe('');
      }
    }
  });

  it('bucht eine Gutschrift auf die ganze Rechnungsnummer (OPOS), auch im nächsten Wirtschaftsjahr; der zweite Export nennt die schon exportierten', async () => {
    const a = await t.als(TRAEGER.kiju);
    const oktober = (await a.get('/api/rechnungen?monat=2026-10')).json();
    const rechnung = oktober.find((r: { art: string }) => r.art === 'rechnung');
    const erster = await a.get('/api/abschluesse/2026-10/datev');
    expect(String(erster.headers['x-hilfewerk-bereits-exportiert']).split(',')).toContain(rechnung.nummer);
    const gutschriftIn2026 = oktober.find((r: { art: string }) => r.art === 'gutschrift');
    const zeile = buchungen(erster.rawPayload).find(
      (b) => b('Zusatzinformation- Inhalt 1') === gutschriftIn2026.nummer,
    );
    expect(zeile?.('Belegfeld 1')).toBe(rechnung.nummer);
    expect(zeile?.('Belegfeld 1')).toMatch(/^RE-2026-\d{5}$/);

    // A credit note written on 15.01.2027 belongs to fiscal year 2027: its own Stapel, not lost.
    const vorher = process.env.HILFEWERK_HEUTE;
    process.env.HILFEWERK_HEUTE = '2027-01-15';
    let spaet: { nummer: string };
    try {
      const res = await a.post(`/api/rechnungen/${rechnung.id}/gutschrift`, {
        grund: 'Korrektur im neuen Jahr',
        positionen: [{ nr: 1, menge: '0.25' }],
      });
      expect(res.statusCode, res.body).toBe(201);
      spaet = res.json();
    } finally {
      process.env.HILFEWERK_HEUTE = vorher;
    }
    expect(spaet.nummer).toMatch(/^RE-2027-00001$/);
    const zweiter = await a.get('/api/abschluesse/2026-10/datev');
    expect(zweiter.headers['x-hilfewerk-wirtschaftsjahre']).toBe('2026,2027');
    expect(String(zweiter.headers['x-hilfewerk-bereits-exportiert']).split(',')).toContain(rechnung.nummer);
    expect(buchungen(zweiter.rawPayload).map((b) => b('Zusatzinformation- Inhalt 1'))).not.toContain(
      spaet.nummer,
    );
    const wj2027 = await a.get('/api/abschluesse/2026-10/datev?wirtschaftsjahr=2027');
    expect(wj2027.statusCode).toBe(200);
    const [b2027] = buchungen(wj2027.rawPayload);
    expect([
      b2027('Belegfeld 1'),
      b2027('Zusatzinformation- Inhalt 1'),
      b2027('Soll/Haben-Kennzeichen'),
    ]).toEqual([rechnung.nummer, spaet.nummer, 'H']);
    expect(wj2027.rawPayload.toString('latin1').split('\r\n')[0].split(';')[12]).toBe('20270101');
    const liste = (await a.get('/api/abschluesse')).json();
    expect(liste.find((m: { monat: string }) => m.monat === '2026-10').datevWirtschaftsjahre).toEqual([
      '2026',
      '2027',
    ]);
    expect((await a.get('/api/abschluesse/2026-10/datev?wirtschaftsjahr=2031')).statusCode).toBe(422);
    expect((await a.get('/api/abschluesse/2026-10/datev?wirtschaftsjahr=x')).statusCode).toBe(422);
  });
});
