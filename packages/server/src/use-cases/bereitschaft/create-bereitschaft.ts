import { bereitschaft, mitarbeiter } from '@hilfewerk/db';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Ungueltig } from '../../fehler.ts';
import { abwesendWaehrend, tageDesDienstes } from './intern/abwesend.ts';

const MAX_STUNDEN = 7 * 24;
const zeit = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * Plans one on-call shift. Shifts of the organisation must not overlap (one number for the fire brigade
 * at any time); checked under a lock per organisation, so two planners cannot both slip in.
 */
export async function createBereitschaft(
  k: Kontext,
  e: { mitarbeiterId: string; von: string; bis: string; telefon: string },
) {
  requireAccess(k, 'bereitschaft', 'anlegen');
  const von = new Date(e.von);
  const bis = new Date(e.bis);
  if (bis <= von) throw new Ungueltig({ bis: 'Das Ende liegt nicht nach dem Beginn.' });
  if (bis.getTime() - von.getTime() > MAX_STUNDEN * 3_600_000) {
    throw new Ungueltig({ bis: 'Ein Dienst dauert höchstens 7 Tage.' });
  }
  const org = k.auth.organisation.id;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`bereitschaft|${org}`}))`);
    const [person] = await tx
      .select()
      .from(mitarbeiter)
      .where(and(eq(mitarbeiter.id, e.mitarbeiterId), eq(mitarbeiter.organisationId, org)));
    const tag = e.von.slice(0, 10);
    if (!person) throw new Ungueltig({ mitarbeiterId: 'Diese Person steht nicht im Personalverzeichnis.' });
    if (person.eintritt > tag || (person.austritt && person.austritt < tag)) {
      throw new Ungueltig({ mitarbeiterId: 'Die Person ist zu dieser Zeit nicht beschäftigt.' });
    }
    const weg = await abwesendWaehrend(tx, org, e.mitarbeiterId, tageDesDienstes(von, bis));
    if (weg) throw new Ungueltig({ mitarbeiterId: `Die Person ist in dieser Zeit abwesend (${weg}).` });
    const [konflikt] = await tx
      .select({ von: bereitschaft.von, bis: bereitschaft.bis, name: mitarbeiter.name })
      .from(bereitschaft)
      .innerJoin(
        mitarbeiter,
        and(
          eq(mitarbeiter.id, bereitschaft.mitarbeiterId),
          eq(mitarbeiter.organisationId, bereitschaft.organisationId),
        ),
      )
      .where(and(eq(bereitschaft.organisationId, org), lt(bereitschaft.von, bis), gt(bereitschaft.bis, von)))
      .limit(1);
    if (konflikt) {
      throw new Ungueltig({
        von: `Überschneidet sich mit dem Dienst von ${konflikt.name} (${zeit.format(konflikt.von)} bis ${zeit.format(konflikt.bis)} Uhr).`,
      });
    }
    const [neu] = await tx
      .insert(bereitschaft)
      .values({ organisationId: org, mitarbeiterId: e.mitarbeiterId, von, bis, telefon: e.telefon })
      .returning();
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'bereitschaft',
      ressourceId: neu.id,
      mitarbeiterId: e.mitarbeiterId,
    });
    return {
      id: neu.id,
      mitarbeiterId: neu.mitarbeiterId,
      name: person.name,
      von: neu.von.toISOString(),
      bis: neu.bis.toISOString(),
      telefon: neu.telefon,
      abwesenheit: null,
    };
  });
}
