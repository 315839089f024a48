import { type Db, organisationsfrist } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import { NichtGefunden, Ungueltig } from '../../../fehler.ts';

/**
 * Marks an open organisation deadline of the user's organisation met, in the caller's transaction: 404 for
 * another organisation's, 422 when it is no longer open or the day lies ahead. Writes no audit row: the
 * caller does, with what it attached.
 */
export async function markiereOrganisationsfristErledigt(
  tx: Db,
  k: Pick<Kontext, 'auth'>,
  id: string,
  e: { erledigtAm: string; nachweis: string },
  heute: string,
) {
  const diese = and(
    eq(organisationsfrist.id, id),
    eq(organisationsfrist.organisationId, k.auth.organisation.id),
  );
  // Locked: two requests completing the same deadline (each with a report) must not both see it open.
  const [o] = await tx.select().from(organisationsfrist).where(diese).for('update');
  if (!o) throw new NichtGefunden('Die Frist');
  if (o.status !== 'offen') {
    throw new Ungueltig({}, 'Diese Frist ist bereits erledigt oder entfallen.');
  }
  if (e.erledigtAm > heute) {
    throw new Ungueltig({
      erledigtAm: 'Das Datum liegt in der Zukunft. Bitte den Tag angeben, an dem die Frist erfüllt wurde.',
    });
  }
  const [neu] = await tx
    .update(organisationsfrist)
    .set({
      status: 'erledigt',
      erledigtAm: e.erledigtAm,
      erledigtVon: k.auth.benutzer.id,
      nachweis: e.nachweis,
    })
    .where(diese)
    .returning();
  return neu;
}
