import type { neueKalkulation } from '@hilfewerk/api';
import type { z } from 'zod';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladeKalkulation } from './intern/kalkulation-dto.ts';
import { rechne } from './intern/rechne.ts';
import { speichereVersion } from './intern/speichere-version.ts';

/** As the route's schema in @hilfewerk/api parses it. */
export type NeueKalkulation = z.infer<typeof neueKalkulation>;

/**
 * Saves a new calculation (version 1 of a new series) for the organisation. The result is calculated
 * here, never taken from the client; bad input is 422 and nothing is written.
 */
export async function createKalkulation(k: Kontext, neu: NeueKalkulation) {
  requireAccess(k, 'kalkulation', 'anlegen');
  const ergebnis = rechne(neu.eingabe);
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const id = await speichereVersion(tx, k, { ...neu, reiheId: null, version: 1, ergebnis });
    return ladeKalkulation(tx, id);
  });
}
