import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../dokumente/test-hilfen/pdf-text.ts';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';

/** The yearly report: PDF and workbook filled from the same figures as the page, Leitung only. */
let t: TestApp;
let kiju: TestSitzung;
let bhv: TestSitzung;

beforeAll(async () => {
  t = await testApp();
  kiju = await t.als('leitung@kiju.demo');
  bhv = await t.als('leitung@traeger-bremerhaven.demo');
});
afterAll(() => t.close());

describe('GET /api/kennzahlen/bericht', () => {
  it('PDF: the figures of the year, their definitions; Bremerhaven reports to its Jugendamt', async () => {
    const k = (await bhv.get('/api/kennzahlen?jahr=2026')).json();
    const res = await bhv.get('/api/kennzahlen/bericht?jahr=2026');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload).replace(/\s+/g, ' ');
    // Träger Bremerhaven also offers LT 11: the report serves as the annex of its quality report too.
    expect(text).toContain(
      'Bericht des Trägers an das Jugendamt Bremerhaven / Anlage zum Qualitätsentwicklungsbericht (LT 11 Nachbetreuung) 2026',
    );
    expect(text).toContain('Anzahl der im Zeitraum betreuten');
    expect(text).toContain('Berichtszeitraum 01.01.2026 – 31.12.2026');
    expect(text).toContain(`Aufnahmen ${k.aufnahmen}`);
    expect(text).toContain(`Entlassungen ${k.entlassungen}`);
    expect(text).toContain('Kennzahlen Trägerbudget Bremerhaven');
    expect(text).toContain('Anzahl der erbrachten Stunden in Familien/am Klient');
    expect(text).toContain('Definitionen');
    expect(text).toContain('Auslastung pro Platzangebot: 92 bis 95 %');
  });

  it('KIJU (no Bremerhaven, no LT 11) gets the plain yearly report', async () => {
    const text = pdfText((await kiju.get('/api/kennzahlen/bericht?jahr=2026')).rawPayload).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('Jahresbericht Kennzahlen 2026');
    expect(text).not.toContain('Jugendamt Bremerhaven 2026');
  });

  it('XLSX: the same tables, numbers as numbers, read back', async () => {
    const k = (await kiju.get('/api/kennzahlen?jahr=2026')).json();
    const res = await kiju.get('/api/kennzahlen/bericht?jahr=2026&format=xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('Jahresbericht-2026.xlsx');
    const mappe = new ExcelJS.Workbook();
    await mappe.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(mappe.worksheets.map((w) => w.name)).toEqual([
      'Leistungsstatistik',
      'Stunden nach Art',
      'Belegende Jugendämter',
      'Definitionen',
    ]);
    const blatt = mappe.getWorksheet('Leistungsstatistik');
    const werte = new Map<string, unknown>();
    blatt?.eachRow((row) => werte.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(werte.get('Aufnahmen')).toBe(k.aufnahmen);
    expect(werte.get('Entlassungen')).toBe(k.entlassungen);
    // All three § 8a counts of the page, the open ones included.
    expect(werte.get('Verfahren nach § 8a offen am Jahresende')).toBe(k.kinderschutz.offenAmEnde);
    expect(k.kinderschutz.offenAmEnde).toBeGreaterThan(0);
    const stunden = new Map<string, unknown>();
    mappe
      .getWorksheet('Stunden nach Art')
      ?.eachRow((row) => stunden.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(stunden.get('Direkt (Ist)')).toBe(k.stunden.direkt.ist);
  });

  it('only the Leitung; a bad year or format → 422 in German', async () => {
    for (const email of ['fachkraft@kiju.demo', 'verwaltung@kiju.demo', 'asd@jugendamt-bremerhaven.demo']) {
      expect((await (await t.als(email)).get('/api/kennzahlen/bericht?jahr=2026')).statusCode, email).toBe(
        403,
      );
    }
    for (const abfrage of ['jahr=19', '', 'jahr=2026&format=docx']) {
      const res = await kiju.get(`/api/kennzahlen/bericht?${abfrage}`);
      expect(res.statusCode, abfrage).toBe(422);
      expect(JSON.stringify(res.json())).toMatch(/Jahr|Format/);
    }
  });
});
