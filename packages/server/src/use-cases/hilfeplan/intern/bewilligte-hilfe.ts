import { type Db, fall, hilfe } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import type { Umfang } from '../../../access/permissions.ts';
import { NichtGefunden } from '../../../fehler.ts';
import { fallImUmfang } from '../../faelle/intern/fall-umfang.ts';

/**
 * A Hilfe whose Hilfeplan the user reaches: the ASD those its Jugendamt granted, the provider's case team those
 * of its cases. 404 otherwise — also for another Jugendamt's Hilfe.
 */
export async function ladeHilfeImUmfang(tx: Db, k: Kontext, umfang: Umfang, hilfeId: string) {
  const [z] = await tx
    .select({ h: hilfe })
    .from(hilfe)
    .innerJoin(fall, and(eq(fall.id, hilfe.fallId), eq(fall.organisationId, hilfe.organisationId)))
    .where(
      and(
        eq(hilfe.id, hilfeId),
        umfang === 'jugendamt' ? eq(hilfe.jugendamtId, k.auth.organisation.id) : fallImUmfang(k, umfang),
      ),
    );
  if (!z) throw new NichtGefunden('Die Hilfe');
  return z.h;
}
