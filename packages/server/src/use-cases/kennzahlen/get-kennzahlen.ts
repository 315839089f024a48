import { leseZeitraum } from '@hilfewerk/rules';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { sammleKennzahlen } from './intern/sammle-kennzahlen.ts';

/**
 * GET /api/kennzahlen?jahr= | ?zeitraum= (provider Leitung): the span's key figures over all Hilfen of the
 * organisation, its work, deadlines, complaints and § 8a procedures. Counts only — no name and no case leaves here.
 */
export async function getKennzahlen(k: Kontext, abfrage: { jahr?: number; zeitraum?: string }) {
  requireAccess(k, 'kennzahlen', 'lesen');
  const z = leseZeitraum(abfrage.zeitraum ?? String(abfrage.jahr));
  // One read-only message (context and every statement prepared once per connection): the Leitung's start
  // page asks for these figures on every visit.
  return sammleKennzahlen((a) => k.db.lies(txKontext(k.auth), a), k.auth.organisation.id, z);
}
