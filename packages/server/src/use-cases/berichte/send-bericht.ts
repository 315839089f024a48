import { bericht, posteingang } from '@hilfewerk/db';
import { eq, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Ungueltig, Zustandskonflikt } from '../../fehler.ts';
import { heute } from '../fristen/intern/heute.ts';
import { ladeBericht, sperreBericht } from './intern/bericht-dto.ts';
import { berichtsfristErledigt } from './intern/berichtsfrist.ts';
import { briefkopf } from './intern/briefkopf.ts';
import { istLeer } from './intern/inhalt.ts';
import { posteingangTitel, schreibeSendeEreignis } from './intern/versand.ts';

/**
 * POST /api/berichte/:id/senden — sends a draft to the Jugendamt that granted the Hilfe, in one transaction:
 * the report is fixed with its letterhead (never changed again; rls.sql refuses it too), a notice lands in
 * the Jugendamt's Posteingang, the case timeline records the sending, and the deadline it answers is met.
 */
export async function sendBericht(k: Kontext, id: string) {
  const umfang = requireAccess(k, 'bericht', 'aendern');
  const tag = heute();
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const b = await sperreBericht(tx, k, umfang, id);
    if (b.status === 'gesendet') throw new Zustandskonflikt('Der Bericht ist bereits gesendet.');
    if (istLeer(b.inhalt)) {
      throw new Ungueltig({
        inhalt: 'Der Bericht ist leer. Bitte füllen Sie mindestens einen Abschnitt aus.',
      });
    }
    const kopf = await briefkopf(tx, b, k.auth.benutzer.name);
    await tx
      .update(bericht)
      .set({
        status: 'gesendet',
        jugendamtId: kopf.jugendamtId,
        kopf: { ...kopf },
        gesendetAm: sql`now()`,
        gesendetVon: k.auth.benutzer.id,
        version: b.version + 1,
        geaendertAm: sql`now()`,
      })
      .where(eq(bericht.id, id));
    const ereignisId = await schreibeSendeEreignis(tx, b, kopf, tag, k.auth.benutzer.id);
    await tx.insert(posteingang).values({
      organisationId: b.organisationId,
      jugendamtId: kopf.jugendamtId,
      art: 'bericht',
      fallId: b.fallId,
      hilfeId: b.hilfeId,
      bezugId: b.id,
      titel: posteingangTitel(b.art, kopf),
      gesendetVon: k.auth.benutzer.id,
    });
    const frist = await berichtsfristErledigt(tx, k, b, tag, ereignisId);
    await schreibeAudit(tx, k, { aktion: 'senden', ressource: 'bericht', ressourceId: id, fallId: b.fallId });
    return { ...(await ladeBericht(tx, k, umfang, id)), erledigteFrist: frist };
  });
}
