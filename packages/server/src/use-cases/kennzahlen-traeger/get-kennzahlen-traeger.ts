import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladeKennzahlenTraeger } from './intern/lade-kennzahlen-traeger.ts';

/**
 * GET /api/kennzahlen/traeger?jahr= (Jugendamt, Fachcontrolling): per provider of the Hilfen this Jugendamt
 * granted, the year's figures with small counts suppressed. Sums only, through rls.sql's functions.
 */
export async function getKennzahlenTraeger(k: Kontext, jahr: number) {
  requireAccess(k, 'kennzahlenTraeger', 'lesen');
  return ladeKennzahlenTraeger((a) => k.db.lies(txKontext(k.auth), a), jahr);
}
