import { benutzer, fallTeam, frist } from '@hilfewerk/db';
import { plusTage } from '@hilfewerk/rules/tag';
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { KeinZugriff } from '../../fehler.ts';
import { ladeFristen } from './intern/frist-dto.ts';
import { heute as heuteInBerlin } from './intern/heute.ts';

/**
 * The team view for Leitung and Administration (the roles that see the whole organisation): per staff member the open deadlines of the cases whose team they are in —
 * overdue, due within 7 days, open in all — and the overdue deadlines themselves with the case team's names.
 * A case without a team is counted under `ohneTeam`, so nothing drops out of sight.
 */
export async function listTeamFristen(k: Kontext) {
  const umfang = requireAccess(k, 'frist', 'lesen');
  if (umfang !== 'organisation') {
    throw new KeinZugriff(
      'Die Teamübersicht der Fristen ist der Leitung und der Administration vorbehalten.',
    );
  }
  const heute = heuteInBerlin();
  const woche = plusTage(heute, 7);
  const org = k.auth.organisation.id;
  const ueberfaelligSql = sql`${frist.faellig} < ${heute} and not ${frist.kurzfristig}`;
  const zaehler = {
    ueberfaellig: sql<number>`count(*) filter (where ${ueberfaelligSql})`.mapWith(Number),
    dieseWoche: sql<number>`count(*) filter (where ${frist.faellig} between ${heute} and ${woche})`.mapWith(
      Number,
    ),
    offen: sql<number>`count(*)`.mapWith(Number),
  };
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const offen = and(eq(frist.organisationId, org), eq(frist.status, 'offen'));
    const mitarbeitende = await tx
      .select({ benutzerId: benutzer.id, name: benutzer.name, rolle: benutzer.rolle, ...zaehler })
      .from(frist)
      .innerJoin(fallTeam, eq(fallTeam.fallId, frist.fallId))
      .innerJoin(benutzer, eq(benutzer.id, fallTeam.benutzerId))
      .where(offen)
      .groupBy(benutzer.id, benutzer.name, benutzer.rolle)
      .orderBy(asc(benutzer.name));
    const [ohneTeam] = await tx
      .select(zaehler)
      .from(frist)
      .where(
        and(offen, sql`not exists (select 1 from ${fallTeam} where ${fallTeam.fallId} = ${frist.fallId})`),
      );
    const ueberfaellig = await ladeFristen(
      tx,
      and(offen, lt(frist.faellig, heute), eq(frist.kurzfristig, false)),
      heute,
    );
    const faelle = [...new Set(ueberfaellig.map((f) => f.fallId))];
    const teams = faelle.length
      ? await tx
          .select({ fallId: fallTeam.fallId, name: benutzer.name })
          .from(fallTeam)
          .innerJoin(benutzer, eq(benutzer.id, fallTeam.benutzerId))
          .where(inArray(fallTeam.fallId, faelle))
          .orderBy(asc(benutzer.name))
      : [];
    return {
      heute,
      mitarbeitende,
      ohneTeam,
      ueberfaellig: ueberfaellig.map((f) => ({
        ...f,
        team: teams.filter((t) => t.fallId === f.fallId).map((t) => t.name),
      })),
    };
  });
}
