import { type Db, kinderschutzschritt, kinderschutzverfahren } from '@hilfewerk/db';
import type { SchrittArt } from '@hilfewerk/rules';
import { and, asc, eq } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import { NichtGefunden } from '../../../fehler.ts';

/**
 * A procedure the user reaches, with its steps in order, or 404. Row-level security narrows to the case
 * team and Leitung; another organisation's procedure is simply not there.
 */
export async function ladeVerfahren(tx: Db, k: Kontext, id: string) {
  const org = k.auth.organisation.id;
  const [v] = await tx
    .select()
    .from(kinderschutzverfahren)
    .where(and(eq(kinderschutzverfahren.organisationId, org), eq(kinderschutzverfahren.id, id)));
  if (!v) throw new NichtGefunden('Das Verfahren');
  const schritte = await tx
    .select()
    .from(kinderschutzschritt)
    .where(and(eq(kinderschutzschritt.organisationId, org), eq(kinderschutzschritt.verfahrenId, id)))
    .orderBy(asc(kinderschutzschritt.datum), asc(kinderschutzschritt.erfasstAm));
  return { v, schritte, erledigt: schritte.map((s) => s.art as SchrittArt) };
}
