import { fall, fallTeam, hilfe } from '@hilfewerk/db';
import { plusTage } from '@hilfewerk/rules/tag';
import { and, asc, eq, gte, isNull, or } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { heute } from '../fristen/intern/heute.ts';

/**
 * The Hilfen the user may record hours for: those of cases whose team they are in, running now or
 * ended within the last 92 days (hours are often recorded a little late). Case numbers only — the
 * quick-entry screen shows no names.
 */
export async function listEigeneHilfen(k: Kontext) {
  requireAccess(k, 'leistungseintrag', 'anlegen');
  const grenze = plusTage(heute(), -92);
  return k.db.withTx(txKontext(k.auth), (tx) =>
    tx
      .select({
        hilfeId: hilfe.id,
        fallId: fall.id,
        aktenzeichen: fall.aktenzeichen,
        bezeichnung: fall.bezeichnung,
        leistung: hilfe.leistung,
        variante: hilfe.variante,
        beginn: hilfe.beginn,
        ende: hilfe.tatsaechlichesEnde,
        geplantesEnde: hilfe.geplantesEnde,
      })
      .from(hilfe)
      .innerJoin(fall, eq(fall.id, hilfe.fallId))
      .innerJoin(fallTeam, and(eq(fallTeam.fallId, fall.id), eq(fallTeam.benutzerId, k.auth.benutzer.id)))
      .where(
        and(
          eq(hilfe.organisationId, k.auth.organisation.id),
          or(isNull(hilfe.tatsaechlichesEnde), gte(hilfe.tatsaechlichesEnde, grenze)),
        ),
      )
      .orderBy(asc(fall.aktenzeichen), asc(hilfe.beginn)),
  );
}
