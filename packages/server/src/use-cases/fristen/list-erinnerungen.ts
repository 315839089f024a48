import { frist } from '@hilfewerk/db';
import { plusTage } from '@hilfewerk/rules/tag';
import { and, lte } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { erinnerungTage } from './intern/erinnerung-tage.ts';
import { ladeFristen, nurOffene } from './intern/frist-dto.ts';
import { meineFaelle } from './intern/frist-umfang.ts';
import { heute as heuteInBerlin } from './intern/heute.ts';

/** In-app reminders: the user's open deadlines due within their chosen number of days, overdue ones included. */
export async function listErinnerungen(k: Kontext) {
  requireAccess(k, 'frist', 'lesen');
  const heute = heuteInBerlin();
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const tage = await erinnerungTage(tx, k.auth.benutzer.id);
    const fristen = await ladeFristen(
      tx,
      nurOffene(and(meineFaelle(k), lte(frist.faellig, plusTage(heute, tage)))),
      heute,
    );
    return {
      erinnerungTage: tage,
      ueberfaellig: fristen.filter((f) => f.status === 'ueberfaellig').length,
      bald: fristen.filter((f) => f.status !== 'ueberfaellig').length,
      fristen,
    };
  });
}
