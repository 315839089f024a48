import { jahresbericht, posteingang } from '@hilfewerk/db';
import { and, eq, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Ungueltig, Zustandskonflikt } from '../../fehler.ts';
import { jahresberichtInhalt } from './intern/jahresbericht-inhalt.ts';
import { empfaenger, sperreUngesendet, texteDto, vollstaendig } from './intern/jahresbericht-texte.ts';

/**
 * POST /api/kennzahlen/bericht/senden (Leitung): the year's report goes to a Jugendamt's Posteingang as a
 * notice of art `jahresbericht`, carrying the report as it is now (figures and texts), in one transaction
 * with the audit row. Only to a Jugendamt that placed Hilfen with the provider or agreed a Trägerbudget.
 * Afterwards the year's texts stay as sent; a second sending is refused (409).
 */
export async function sendJahresbericht(k: Kontext, jahr: number, jugendamtId: string) {
  requireAccess(k, 'kennzahlen', 'aendern');
  const org = k.auth.organisation.id;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    if (!(await empfaenger(tx, org)).some((j) => j.id === jugendamtId)) {
      throw new Ungueltig({
        jugendamtId:
          'An dieses Jugendamt kann der Jahresbericht nicht gehen: es hat keine Hilfen bei Ihnen belegt und kein Trägerbudget mit Ihnen vereinbart.',
      });
    }
    let z = await sperreUngesendet(tx, org, jahr);
    if (!z) {
      [z] = await tx
        .insert(jahresbericht)
        .values({ organisationId: org, jahr, texte: vollstaendig(undefined) })
        .onConflictDoNothing()
        .returning();
      if (!z) throw new Zustandskonflikt('Der Jahresbericht wurde gerade geändert. Bitte erneut senden.');
    }
    const inhalt = await jahresberichtInhalt(tx, org, jahr);
    const [p] = await tx
      .insert(posteingang)
      .values({
        organisationId: org,
        jugendamtId,
        art: 'jahresbericht',
        bezugId: z.id,
        titel: `Jahresbericht ${jahr}`,
        gesendetVon: k.auth.benutzer.id,
        inhalt: { ...inhalt },
      })
      .returning({ id: posteingang.id });
    await tx
      .update(jahresbericht)
      .set({
        gesendetAm: sql`now()`,
        gesendetAn: jugendamtId,
        gesendetVon: k.auth.benutzer.id,
        version: z.version + 1,
      })
      .where(and(eq(jahresbericht.id, z.id), eq(jahresbericht.organisationId, org)));
    await schreibeAudit(tx, k, {
      aktion: 'senden',
      ressource: 'jahresbericht',
      ressourceId: z.id,
      jugendamtId,
      posteingangId: p.id,
    });
    return texteDto(tx, org, jahr);
  });
}
