import type { TraegerTabelle, Zelle } from '@hilfewerk/rules';
import ExcelJS from 'exceljs';
import { mengeDe } from './format.ts';

/**
 * The Fachcontrolling's table as a file. A suppressed figure is written as "< 3" (never as empty or 0, so
 * a reader cannot mistake it for nothing), with the rule in a note under the table.
 */
/** The table with its cells (value or suppressed), as packages/rules publishes it, and its year. */
type KennzahlenTraeger = TraegerTabelle & { jahr: number };
type Zeile = KennzahlenTraeger['summe'] & {
  name: string;
  budget?: KennzahlenTraeger['traeger'][number]['budget'];
};

const KOPF = [
  'Träger',
  'Hilfen im Jahr',
  'Aufnahmen',
  'Entlassungen',
  'Beschwerden',
  'Verweildauer Mittel (Tage)',
  'Verweildauer Median (Tage)',
  'Stunden',
  'Budget: Planstunden direkt',
  'Budget: Stunden direkt',
  'Budget: Quote',
];

export const HINWEIS =
  '„< 3“: eine Zahl von 1 oder 2 wird nicht veröffentlicht, „< 3 Hilfen“: Mittel und Median über weniger als 3 ' +
  'Hilfen ebenso nicht; ' +
  'die Summe einer Spalte entfällt dann ebenfalls, weil sich die kleine Zahl sonst aus ihr errechnen ließe.';

// `stellen` marks the mean and median of days: there "< 3" alone would read as "under three days", as on the page.
const text = (z: Zelle, stellen = false) =>
  z.unterdrueckt
    ? stellen
      ? '< 3 Hilfen'
      : '< 3'
    : z.wert === null
      ? '–'
      : stellen
        ? mengeDe(z.wert)
        : String(z.wert);

function zeilen(t: KennzahlenTraeger): Zeile[] {
  return [...t.traeger, { ...t.summe, name: 'Alle Träger' }];
}

function felder(z: Zeile, alsZahl: boolean): (string | number)[] {
  const zelle = (c: Zelle, stellen = false) =>
    alsZahl && !c.unterdrueckt && c.wert !== null ? c.wert : text(c, stellen);
  const zahl = (n: number) => (alsZahl ? n : mengeDe(n));
  return [
    z.name,
    zelle(z.hilfenImJahr),
    zelle(z.aufnahmen),
    zelle(z.entlassungen),
    zelle(z.beschwerden),
    zelle(z.verweildauerTage.mittel, true),
    zelle(z.verweildauerTage.median, true),
    zahl(z.stunden),
    z.budget ? zahl(z.budget.planstunden) : '',
    z.budget ? zahl(z.budget.direktstunden) : '',
    z.budget?.quote != null
      ? alsZahl
        ? z.budget.quote
        : `${mengeDe(Math.round(z.budget.quote * 1000) / 10)} %`
      : '',
  ];
}

const csvFeld = (v: string | number) => {
  const s = String(v);
  return /[;"\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** Semicolon CSV with a BOM: what German Excel opens directly. */
export function kennzahlenTraegerCsv(t: KennzahlenTraeger): string {
  const reihen = [KOPF, ...zeilen(t).map((z) => felder(z, false))];
  return `\uFEFF${[...reihen.map((r) => r.map(csvFeld).join(';')), '', csvFeld(HINWEIS)].join('\r\n')}\r\n`;
}

export async function kennzahlenTraegerXlsx(t: KennzahlenTraeger, titel: string): Promise<Buffer> {
  const mappe = new ExcelJS.Workbook();
  mappe.creator = 'Hilfewerk';
  const blatt = mappe.addWorksheet(`Kennzahlen ${t.jahr}`);
  blatt.getCell('A1').value = titel;
  blatt.getCell('A1').font = { bold: true, size: 14 };
  blatt.addRow([]);
  const kopf = blatt.addRow(KOPF);
  kopf.font = { bold: true };
  for (const z of zeilen(t)) blatt.addRow(felder(z, true));
  blatt.lastRow?.eachCell((c) => {
    c.font = { bold: true };
  });
  blatt.addRow([]);
  blatt.addRow([HINWEIS]);
  blatt.columns.forEach((c, i) => {
    c.width = i === 0 ? 36 : 16;
  });
  blatt.getColumn(11).numFmt = '0.0%';
  return Buffer.from(await mappe.xlsx.writeBuffer());
}
