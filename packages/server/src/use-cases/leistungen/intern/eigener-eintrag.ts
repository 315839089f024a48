import { type Db, leistungseintrag } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import { HttpFehler, NichtGefunden } from '../../../fehler.ts';
import { monatDe } from '../../abrechnung/intern/monat.ts';

/**
 * One of the user's own entries, for changing or deleting it: anyone else's — also in another
 * organisation — is 404; a locked (billed) one is 409.
 */
export async function ladeEigenenEintrag(tx: Db, k: Kontext, id: string) {
  const [e] = await tx
    .select()
    .from(leistungseintrag)
    .where(
      and(
        eq(leistungseintrag.id, id),
        eq(leistungseintrag.organisationId, k.auth.organisation.id),
        eq(leistungseintrag.benutzerId, k.auth.benutzer.id),
      ),
    );
  if (!e) throw new NichtGefunden('Der Leistungseintrag');
  if (e.monatsabschlussId) {
    throw new HttpFehler(
      409,
      `Der Eintrag gehört zum abgeschlossenen Monat ${monatDe(e.datum.slice(0, 7))} und ist abgerechnet; er lässt sich nicht mehr ändern oder löschen.`,
    );
  }
  return e;
}
