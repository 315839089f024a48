import type { Kennzahlen } from '@hilfewerk/api';
import ExcelJS from 'exceljs';
import { berichtsTabellen, zeitraumText } from './jahresbericht.ts';

/** The report's tables as a workbook: one sheet per table, numbers as numbers; a sheet of definitions. */
export async function erzeugeJahresberichtXlsx(organisation: string, k: Kennzahlen): Promise<Buffer> {
  const mappe = new ExcelJS.Workbook();
  mappe.creator = 'Hilfewerk';
  const namen = new Set<string>();
  for (const t of berichtsTabellen(k)) {
    // Sheet names: at most 31 characters, unique.
    let name = t.titel.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
    while (namen.has(name)) name = `${name.slice(0, 29)} ${namen.size}`;
    namen.add(name);
    const blatt = mappe.addWorksheet(name);
    blatt.columns = [{ width: 60 }, { width: 18 }];
    blatt.addRow([`${t.titel} – ${organisation}`]).font = { bold: true };
    blatt.addRow([`Berichtszeitraum ${zeitraumText(k)}`]);
    blatt.addRow([]);
    blatt.addRow(t.kopf).font = { bold: true };
    for (const z of t.zeilen) blatt.addRow(z);
  }
  const d = mappe.addWorksheet('Definitionen');
  d.columns = [{ width: 30 }, { width: 90 }, { width: 60 }];
  d.addRow(['Kennzahl', 'Definition', 'Quelle']).font = { bold: true };
  for (const x of k.definitionen) d.addRow([x.name, x.definition, x.quelle]);
  return Buffer.from(await mappe.xlsx.writeBuffer());
}
