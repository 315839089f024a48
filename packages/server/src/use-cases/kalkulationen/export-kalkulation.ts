import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladeKalkulation } from './intern/kalkulation-dto.ts';
import { dateiname, kalkulationsblatt, rendereKalkulationsblatt } from './intern/kalkulationsblatt-aus.ts';

export type Exportformat = 'xlsx' | 'pdf';

export interface Datei {
  name: string;
  inhalt: Buffer;
}

/** A saved version as XLSX workbook or PDF Kalkulationsblatt. */
export async function exportKalkulation(k: Kontext, id: string, format: Exportformat): Promise<Datei> {
  requireAccess(k, 'kalkulation', 'lesen');
  const d = await k.db.withTx(txKontext(k.auth), (tx) => ladeKalkulation(tx, id));
  const blatt = kalkulationsblatt(d.eingabe, d.ergebnis, {
    organisation: k.auth.organisation.name,
    erstelltVon: d.erstelltVon?.name ?? '–',
    erstelltAm: d.erstelltAm,
    version: d.version,
  });
  const inhalt = await rendereKalkulationsblatt(blatt, format);
  return { name: dateiname(d.ergebnis, d.version, format), inhalt };
}
