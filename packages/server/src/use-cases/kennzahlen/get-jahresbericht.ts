import { organisation } from '@hilfewerk/db';
import { leseZeitraum } from '@hilfewerk/rules';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { berichtsarten } from '../../dokumente/jahresbericht.ts';
import { erzeugeJahresberichtPdf } from '../../dokumente/jahresbericht-pdf.ts';
import { erzeugeJahresberichtXlsx } from '../../dokumente/jahresbericht-xlsx.ts';
import { sammleKennzahlen } from './intern/sammle-kennzahlen.ts';

/** The text parts the report starts with; the Leitung writes the assessment in her own words. */
const TEXTE = [
  {
    titel: 'Einleitung',
    text: 'Der Bericht stellt die Kennzahlen des Jahres dar. Jede Kennzahl ist am Ende mit ihrer Definition und Quelle aufgeführt.',
  },
];

/**
 * GET /api/kennzahlen/bericht?jahr= (provider Leitung): the yearly report filled from the year's figures, as PDF
 * (report to the Jugendamt Bremerhaven and/or annex of the LT 11 quality report, by the organisation's services)
 * or its tables as XLSX. Counts only.
 */
export async function getJahresbericht(k: Kontext, jahr: number, format: 'pdf' | 'xlsx') {
  requireAccess(k, 'kennzahlen', 'lesen');
  const z = leseZeitraum(String(jahr));
  const org = k.auth.organisation.id;
  const { name, leistungen, kennzahlen } = await k.db.withTx(txKontext(k.auth), async (tx) => {
    const [o] = await tx
      .select({ name: organisation.name, leistungen: organisation.leistungen })
      .from(organisation)
      .where(eq(organisation.id, org));
    return { ...o, kennzahlen: await sammleKennzahlen(tx, org, z) };
  });
  const dateiname = `Jahresbericht-${jahr}`;
  if (format === 'xlsx') return { dateiname, inhalt: await erzeugeJahresberichtXlsx(name, kennzahlen) };
  const inhalt = await erzeugeJahresberichtPdf({
    organisation: name,
    arten: berichtsarten(leistungen),
    kennzahlen,
    texte: TEXTE,
  });
  return { dateiname, inhalt };
}
