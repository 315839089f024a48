import { type Db, ereignis, hilfe } from '@hilfewerk/db';
import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import { legeEreignisAn } from '../../ereignisse/intern/lege-ereignis-an.ts';

/**
 * A crisis recorded under „Krisen und besondere Vorkommnisse“ is also the timeline event „Krise“ that the
 * one-week crisis-clarification deadline (KIJU) counts from — so the deadline no longer depends on someone
 * recording the same crisis twice. One crisis a day is one event: an event „Krise“ of that day already in the
 * timeline is kept, not doubled. The event carries no description (the timeline is read more widely than the
 * Vorkommnis, whose text is health data). It belongs to the Hilfe running that day when there is exactly one;
 * otherwise to the case (deadlines then count it only for a case with a single Hilfe, as for any case event).
 */
export async function legeKrisenEreignisAn(tx: Db, k: Kontext, fallId: string, datum: string) {
  const [schonDa] = await tx
    .select({ id: ereignis.id })
    .from(ereignis)
    .where(and(eq(ereignis.fallId, fallId), eq(ereignis.art, 'krise'), eq(ereignis.datum, datum)))
    .limit(1);
  if (schonDa) return schonDa.id;
  const laufend = await tx
    .select({ id: hilfe.id })
    .from(hilfe)
    .where(
      and(
        eq(hilfe.fallId, fallId),
        lte(hilfe.beginn, datum),
        or(isNull(hilfe.tatsaechlichesEnde), gte(hilfe.tatsaechlichesEnde, datum)),
      ),
    );
  return legeEreignisAn(tx, k, {
    fallId,
    hilfeId: laufend.length === 1 ? laufend[0].id : null,
    art: 'krise',
    datum,
    notiz: 'Festgehalten unter „Krisen und besondere Vorkommnisse“.',
  });
}
