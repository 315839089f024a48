import { benutzer, type Db, fallTeam, hilfe } from '@hilfewerk/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Ungueltig, Zustandskonflikt } from '../../fehler.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';
import { listTeam } from './intern/list-team.ts';

/** Adds a colleague of the own organisation to the case team; adding twice changes nothing. */
export async function addTeamMitglied(k: Kontext, fallId: string, benutzerId: string) {
  const umfang = requireAccess(k, 'team', 'aendern');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeFall(tx, k, umfang, fallId);
    // RLS limits benutzer to the own organisation: a colleague elsewhere is simply not found.
    const [b] = await tx
      .select({ id: benutzer.id, aktiv: benutzer.aktiv, rolle: benutzer.rolle })
      .from(benutzer)
      .where(and(eq(benutzer.id, benutzerId), eq(benutzer.organisationId, k.auth.organisation.id)));
    if (!b?.aktiv) throw new Ungueltig({ benutzerId: 'Diese Person gibt es in Ihrer Organisation nicht.' });
    if (b.rolle === 'semiprofessionell') await pruefeFachkraftVorgabe(tx, fallId);
    const neu = await tx
      .insert(fallTeam)
      .values({ organisationId: k.auth.organisation.id, fallId, benutzerId })
      .onConflictDoNothing()
      .returning({ benutzerId: fallTeam.benutzerId });
    if (neu.length > 0) {
      await schreibeAudit(tx, k, {
        aktion: 'hinzufuegen',
        ressource: 'team',
        ressourceId: fallId,
        benutzerId,
      });
    }
    return listTeam(tx, fallId);
  });
}

export const FACHKRAFT_VORGABE =
  'Das Jugendamt hat diesen Fall als kinderschutzrelevant bezeichnet und eine Fachkraft verbindlich vorgegeben ' +
  '(Hilfeplan nach § 36 SGB VIII). Eine semiprofessionelle Kraft kann deshalb nicht ins Fallteam.';

/**
 * In a case the Jugendamt marked kinderschutzrelevant, its recommendation binds (003 II.5): against a
 * recommended Fachkraft, no semiprofessional staff member joins the team while such a Hilfe runs (409).
 */
async function pruefeFachkraftVorgabe(tx: Db, fallId: string) {
  const [bindend] = await tx
    .select({ id: hilfe.id })
    .from(hilfe)
    .where(
      and(
        eq(hilfe.fallId, fallId),
        eq(hilfe.kinderschutzrelevant, true),
        eq(hilfe.empfehlung, 'fachkraft'),
        isNull(hilfe.tatsaechlichesEnde),
      ),
    )
    .limit(1);
  if (bindend) throw new Zustandskonflikt(FACHKRAFT_VORGABE);
}
