import { type Db, vorkommnis } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import type { Umfang } from '../../../access/permissions.ts';
import { NichtGefunden } from '../../../fehler.ts';
import { ladeFall } from '../../faelle/intern/fall-umfang.ts';

/** An event the user reaches (its case in scope), or 404 — also for other organisations' events. */
export async function ladeVorkommnis(tx: Db, k: Kontext, umfang: Umfang, id: string) {
  const [v] = await tx
    .select()
    .from(vorkommnis)
    .where(and(eq(vorkommnis.organisationId, k.auth.organisation.id), eq(vorkommnis.id, id)));
  if (!v) throw new NichtGefunden('Das Vorkommnis');
  await ladeFall(tx, k, umfang, v.fallId).catch(() => {
    throw new NichtGefunden('Das Vorkommnis');
  });
  return v;
}
