import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { kennzahlenTraegerCsv, kennzahlenTraegerXlsx } from '../../dokumente/kennzahlen-traeger-export.ts';
import { ladeKennzahlenTraeger } from './intern/lade-kennzahlen-traeger.ts';

/** The same table as a file for the Jugendamt's own reporting: CSV (Excel, semicolons) or XLSX. */
export async function exportKennzahlenTraeger(k: Kontext, jahr: number, format: 'csv' | 'xlsx') {
  requireAccess(k, 'kennzahlenTraeger', 'lesen');
  const tabelle = await ladeKennzahlenTraeger((a) => k.db.lies(txKontext(k.auth), a), jahr);
  const titel = `${k.auth.organisation.name}: Kennzahlen der Träger ${jahr}`;
  return format === 'csv'
    ? { inhalt: kennzahlenTraegerCsv(tabelle), typ: 'text/csv; charset=utf-8' }
    : {
        inhalt: await kennzahlenTraegerXlsx(tabelle, titel),
        typ: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      };
}
