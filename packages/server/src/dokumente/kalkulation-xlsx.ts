import { datumDe } from '@hilfewerk/rules/tag';
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import type { Kalkulationsblatt } from './kalkulationsblatt.ts';

/**
 * The calculation as a workbook a negotiator can recompute: numbers as numbers, the
 * annual cost and the Entgelt as formulas over the lines (with the engine's results
 * cached, so a viewer without recalculation shows the same values as the PDF).
 */

export const EURO_FORMAT = '#,##0.00 "€"';
export const MENGE_FORMAT = '#,##0.####';

export async function erzeugeKalkulationXlsx(k: Kalkulationsblatt): Promise<Buffer> {
  const mappe = new ExcelJS.Workbook();
  mappe.creator = 'Hilfewerk';
  mappe.created = new Date(`${k.erstelltAm.slice(0, 10)}T00:00:00Z`);
  ergebnisBlatt(mappe, k);
  eingabenBlatt(mappe, k);
  quellenBlatt(mappe, k);
  return Buffer.from(await mappe.xlsx.writeBuffer());
}

/** Row of the first line in "Ergebnis"; the tests and the formulas rely on it. */
export const ERSTE_ZEILE = 10;

function zahl(wert: string): number {
  return new Decimal(wert).toNumber();
}

function ergebnisBlatt(mappe: ExcelJS.Workbook, k: Kalkulationsblatt): void {
  const blatt = mappe.addWorksheet('Ergebnis', { views: [{ state: 'frozen', ySplit: ERSTE_ZEILE - 1 }] });
  blatt.columns = [
    { key: 'nr', width: 6 },
    { key: 'text', width: 44 },
    { key: 'menge', width: 12 },
    { key: 'einheit', width: 12 },
    { key: 'satz', width: 16 },
    { key: 'betrag', width: 18 },
    { key: 'quelle', width: 48 },
  ];
  blatt.getCell('A1').value = 'Kalkulationsblatt';
  blatt.getCell('A1').font = { bold: true, size: 14 };
  const kopf: [string, string][] = [
    ['Träger', k.organisation],
    ['Leistung', k.leistungTitel],
    ['Variante', k.variante],
    ['Stichtag', datumDe(k.stichtag)],
    ['Erstellt', `${datumDe(k.erstelltAm)} von ${k.erstelltVon}, Version ${k.version}`],
  ];
  kopf.forEach(([a, b], i) => {
    blatt.getCell(`A${i + 2}`).value = a;
    blatt.getCell(`B${i + 2}`).value = b;
  });

  const ueberschrift = blatt.getRow(ERSTE_ZEILE - 1);
  ueberschrift.values = ['Nr.', 'Position', 'Menge', 'Einheit', 'Satz', 'Betrag', 'Quelle'];
  ueberschrift.font = { bold: true };

  const { zeilen } = k.ergebnis;
  zeilen.forEach((z, i) => {
    const row = blatt.getRow(ERSTE_ZEILE + i);
    row.values = [i + 1, z.text, zahl(z.menge), z.einheit, zahl(z.satz), zahl(z.betrag), z.quelle];
    row.getCell(3).numFmt = MENGE_FORMAT;
    row.getCell(5).numFmt = EURO_FORMAT;
    row.getCell(6).numFmt = EURO_FORMAT;
  });

  const letzte = ERSTE_ZEILE + zeilen.length - 1;
  const summenZeile = letzte + 1;
  blatt.getCell(`B${summenZeile}`).value = 'Jahreskosten';
  blatt.getCell(`F${summenZeile}`).value = {
    formula: `SUM(F${ERSTE_ZEILE}:F${letzte})`,
    result: zahl(k.ergebnis.jahreskosten),
  };
  blatt.getCell(`B${summenZeile + 1}`).value = k.ergebnis.divisor ?? 'Berechnungstage';
  blatt.getCell(`F${summenZeile + 1}`).value = zahl(k.ergebnis.berechnungstage);
  blatt.getCell(`B${summenZeile + 2}`).value = `Entgelt ${k.ergebnis.entgelt.einheit}`;
  // Rounded half up to cents like the engine; Excel's ROUND rounds half away from zero, the same for positive costs.
  blatt.getCell(`F${summenZeile + 2}`).value = {
    formula: `ROUND(F${summenZeile}/F${summenZeile + 1},2)`,
    result: zahl(k.ergebnis.entgelt.betrag),
  };
  blatt.getCell(`F${summenZeile}`).numFmt = EURO_FORMAT;
  blatt.getCell(`F${summenZeile + 1}`).numFmt = MENGE_FORMAT;
  blatt.getCell(`F${summenZeile + 2}`).numFmt = EURO_FORMAT;
  for (const r of [summenZeile, summenZeile + 2]) blatt.getRow(r).font = { bold: true };
}

function eingabenBlatt(mappe: ExcelJS.Workbook, k: Kalkulationsblatt): void {
  const blatt = mappe.addWorksheet('Eingaben');
  blatt.columns = [
    { header: 'Eingabe', key: 'label', width: 44 },
    { header: 'Wert', key: 'wert', width: 24 },
  ];
  blatt.getRow(1).font = { bold: true };
  for (const e of k.eingaben) blatt.addRow({ label: e.label, wert: e.wert });
}

/** Every clause the calculation rests on, with the lines and warnings that cite it. */
function quellenBlatt(mappe: ExcelJS.Workbook, k: Kalkulationsblatt): void {
  const blatt = mappe.addWorksheet('Quellen');
  blatt.columns = [
    { header: 'Quelle', key: 'quelle', width: 48 },
    { header: 'Verwendet für', key: 'verwendung', width: 60 },
  ];
  blatt.getRow(1).font = { bold: true };
  const verwendung = new Map<string, string[]>();
  const merke = (quelle: string, wofuer: string) => {
    verwendung.set(quelle, [...(verwendung.get(quelle) ?? []), wofuer]);
  };
  for (const [i, z] of k.ergebnis.zeilen.entries()) merke(z.quelle, `Zeile ${i + 1}: ${z.text}`);
  for (const w of k.ergebnis.warnungen ?? []) merke(w.quelle, `Hinweis ${w.label ?? w.feld}: ${w.text}`);
  for (const [quelle, wofuer] of verwendung) blatt.addRow({ quelle, verwendung: wofuer.join('; ') });
}
