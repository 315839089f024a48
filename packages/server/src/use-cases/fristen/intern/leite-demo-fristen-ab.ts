import { type Db, ereignis, hilfe, organisation } from '@hilfewerk/db';
import { asc, eq } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import { aktualisiereFristen } from './aktualisiere-fristen.ts';
import { aktualisiereOrganisationsfristen } from './aktualisiere-organisationsfristen.ts';
import { erledigeDurchEreignis } from './erledige-durch-ereignis.ts';

/**
 * After demo data is inserted (system role): derives every Hilfe's deadlines, lets the recorded events meet
 * theirs in date order — as if each had been recorded through the app by its author — and derives the
 * providers' organisation deadlines.
 */
export async function leiteDemoFristenAb(tx: Db): Promise<void> {
  for (const h of await tx.select({ id: hilfe.id }).from(hilfe)) await aktualisiereFristen(tx, h.id);
  const ereignisse = await tx.select().from(ereignis).orderBy(asc(ereignis.datum), asc(ereignis.erfasstAm));
  for (const e of ereignisse) {
    const k = {
      auth: { benutzer: { id: e.erfasstVon }, organisation: { id: e.organisationId } },
      ip: null,
    } as unknown as Pick<Kontext, 'auth' | 'ip'>;
    await erledigeDurchEreignis(tx, k, e);
  }
  const traeger = await tx
    .select({ id: organisation.id })
    .from(organisation)
    .where(eq(organisation.art, 'traeger'));
  for (const o of traeger) await aktualisiereOrganisationsfristen(tx, o.id);
}
