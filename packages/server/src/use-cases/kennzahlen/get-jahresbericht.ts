import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { erzeugeJahresberichtPdf } from '../../dokumente/jahresbericht-pdf.ts';
import { erzeugeJahresberichtXlsx } from '../../dokumente/jahresbericht-xlsx.ts';
import { jahresberichtInhalt } from './intern/jahresbericht-inhalt.ts';

/**
 * GET /api/kennzahlen/bericht?jahr= (provider Leitung): the yearly report filled from the year's figures and
 * the Leitung's texts (PUT /api/kennzahlen/bericht/texte), as PDF (report to the Jugendamt Bremerhaven and/or
 * annex of the LT 11 quality report, by the organisation's services) or its tables as XLSX. Counts only.
 */
export async function getJahresbericht(k: Kontext, jahr: number, format: 'pdf' | 'xlsx') {
  requireAccess(k, 'kennzahlen', 'lesen');
  const b = await k.db.withTx(txKontext(k.auth), (tx) =>
    jahresberichtInhalt(tx, k.auth.organisation.id, jahr),
  );
  const dateiname = `Jahresbericht-${jahr}`;
  if (format === 'xlsx')
    return { dateiname, inhalt: await erzeugeJahresberichtXlsx(b.organisation, b.kennzahlen) };
  return { dateiname, inhalt: await erzeugeJahresberichtPdf(b) };
}
