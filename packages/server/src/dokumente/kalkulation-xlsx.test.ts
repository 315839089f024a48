import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ERSTE_ZEILE, EURO_FORMAT, erzeugeKalkulationXlsx } from './kalkulation-xlsx.ts';
import { beispielKalkulation } from './test-hilfen/beispiele.ts';

async function lies(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const mappe = new ExcelJS.Workbook();
  await mappe.xlsx.load(buffer as unknown as ArrayBuffer);
  return mappe;
}

describe('erzeugeKalkulationXlsx', () => {
  it('schreibt die Zeilen als Zahlen mit Formaten und die Summe als Formel', async () => {
    const mappe = await lies(await erzeugeKalkulationXlsx(beispielKalkulation));
    expect(mappe.worksheets.map((w) => w.name)).toEqual(['Ergebnis', 'Eingaben', 'Quellen']);
    const blatt = mappe.getWorksheet('Ergebnis');
    if (!blatt) throw new Error('Blatt Ergebnis fehlt');
    expect(blatt.getCell('B4').value).toBe('Gruppe Regel');
    expect(blatt.getCell('B5').value).toBe('01.01.2025');

    const leitung = blatt.getRow(ERSTE_ZEILE + 1);
    expect(leitung.getCell(2).value).toBe('Leitung (4,0 % je Platz)');
    expect(leitung.getCell(3).value).toBe(0.4);
    expect(leitung.getCell(5).value).toBe(80000);
    expect(leitung.getCell(6).value).toBe(32000);
    expect(leitung.getCell(6).numFmt).toBe(EURO_FORMAT);
    expect(leitung.getCell(7).value).toBe('Anlage D.8, Matrix Nr. 3');

    const summe = blatt.getCell(`F${ERSTE_ZEILE + 6}`).value as ExcelJS.CellFormulaValue;
    expect(summe.formula).toBe(`SUM(F${ERSTE_ZEILE}:F${ERSTE_ZEILE + 5})`);
    expect(summe.result).toBe(456505);
    // The cached sum is what the formula gives over the line cells.
    const zeilenSumme = [0, 1, 2, 3, 4, 5].reduce(
      (s, i) => s + Number(blatt.getCell(`F${ERSTE_ZEILE + i}`).value),
      0,
    );
    expect(zeilenSumme).toBe(456505);
    expect(blatt.getCell(`F${ERSTE_ZEILE + 7}`).value).toBe(3394.5);
    const entgelt = blatt.getCell(`F${ERSTE_ZEILE + 8}`).value as ExcelJS.CellFormulaValue;
    expect(entgelt.formula).toBe(`ROUND(F${ERSTE_ZEILE + 6}/F${ERSTE_ZEILE + 7},2)`);
    expect(entgelt.result).toBe(134.48);
  });

  it('listet Eingaben und Quellen mit ihrer Verwendung', async () => {
    const mappe = await lies(await erzeugeKalkulationXlsx(beispielKalkulation));
    const eingaben = mappe.getWorksheet('Eingaben');
    expect(eingaben?.getCell('A4').value).toBe('Auslastung');
    expect(eingaben?.getCell('B4').value).toBe('93 %');
    const quellen = mappe.getWorksheet('Quellen');
    const zeilen = (quellen?.getSheetValues() ?? []).slice(2).map((r) => (r as unknown[]).slice(1));
    expect(zeilen).toContainEqual([
      'Anlage D.8, Matrix Nr. 6 (Stand 01.01.2023)',
      'Zeile 4: Qualitätsmittel',
    ]);
    expect(zeilen.find((z) => z[0] === 'Katalog D.8, Plausibilität Sachkosten')?.[1]).toMatch(
      /^Hinweis Sachkosten:/,
    );
  });
});
