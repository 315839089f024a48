import { frist, organisationsfrist } from '@hilfewerk/db';
import { plusTage } from '@hilfewerk/rules/tag';
import { and, asc, between, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { hatZugriff, requireAccess } from '../../access/require-access.ts';
import { Ungueltig } from '../../fehler.ts';
import { fallImUmfang } from '../faelle/intern/fall-umfang.ts';
import { ladeFristen } from './intern/frist-dto.ts';
import { heute as heuteInBerlin } from './intern/heute.ts';
import { organisationsfristDto } from './intern/organisationsfrist-dto.ts';

/** At most this many days per request: a month view with its leading and trailing weeks fits. */
const MAX_TAGE = 62;

/** Deadlines due between `von` and `bis` (inclusive) in the user's record scope, for the month calendar. */
export async function listKalenderFristen(k: Kontext, von: string, bis: string) {
  const umfang = requireAccess(k, 'frist', 'lesen');
  if (bis < von) throw new Ungueltig({ bis: 'Das Ende des Zeitraums liegt vor seinem Beginn.' });
  if (bis > plusTage(von, MAX_TAGE)) {
    throw new Ungueltig({ bis: `Bitte höchstens ${MAX_TAGE} Tage auf einmal abfragen.` });
  }
  const heute = heuteInBerlin();
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const fristen = await ladeFristen(
      tx,
      and(fallImUmfang(k, umfang), between(frist.faellig, von, bis)),
      heute,
    );
    const organisation = hatZugriff(k, 'organisationsfrist', 'lesen')
      ? (
          await tx
            .select()
            .from(organisationsfrist)
            .where(
              and(
                eq(organisationsfrist.organisationId, k.auth.organisation.id),
                between(organisationsfrist.faellig, von, bis),
              ),
            )
            .orderBy(asc(organisationsfrist.faellig))
        ).map((o) => organisationsfristDto(o, heute))
      : [];
    return { von, bis, fristen, organisationsfristen: organisation };
  });
}
