import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ermittleAufbewahrung } from '../../aufbewahrung/ermittle.ts';
import { heute } from '../fristen/intern/heute.ts';

/**
 * GET /api/aufbewahrung: the dry run for the own organisation — each case file with its rule, the end of
 * its retention period, whether it is due on `stichtag` (default today) and any legal hold. Changes nothing.
 */
export async function listAufbewahrung(k: Kontext, stichtag?: string) {
  requireAccess(k, 'aufbewahrung', 'lesen');
  const tag = stichtag ?? heute();
  const zeilen = await k.db.withTx(txKontext(k.auth), (tx) => ermittleAufbewahrung(tx, tag));
  return {
    stichtag: tag,
    faelle: zeilen.map((z) => ({
      fallId: z.fallId,
      aktenzeichen: z.aktenzeichen,
      regel: z.ergebnis.regel,
      quelle: z.ergebnis.quelle,
      status: z.ergebnis.status,
      ende: z.ergebnis.status === 'befristet' ? z.ergebnis.ende : null,
      faellig: z.faellig,
      sperre: z.sperre,
    })),
  };
}
