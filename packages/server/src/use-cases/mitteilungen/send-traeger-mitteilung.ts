import type { NeueTraegerMitteilung } from '@hilfewerk/api';
import { POSTEINGANG_ART_TEXT } from '@hilfewerk/api';
import { fall, hilfe, organisation, posteingang } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import type { TraegerMitteilung } from '../../dokumente/traeger-mitteilung-pdf.ts';
import { NichtGefunden, Ungueltig } from '../../fehler.ts';
import { briefkopf } from '../berichte/intern/briefkopf.ts';
import { fallImUmfang } from '../faelle/intern/fall-umfang.ts';
import { heute } from '../fristen/intern/heute.ts';
import { inhaltHash } from '../kinderschutz/intern/inhalt-hash.ts';

/**
 * POST /api/hilfen/:id/mitteilungen — the case team tells the Jugendamt that granted the Hilfe of a
 * wesentliche Veränderung or a Gruppenangebot: a notice in its Posteingang that carries the letter as sent
 * (posteingang.inhalt; rls.sql lets nobody change a sent notice's content), with an audit row holding only a hash.
 */
export async function sendTraegerMitteilung(k: Kontext, hilfeId: string, m: NeueTraegerMitteilung) {
  const umfang = requireAccess(k, 'traegerMitteilung', 'anlegen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [h] = await tx
      .select({
        id: hilfe.id,
        fallId: hilfe.fallId,
        organisationId: hilfe.organisationId,
        ja: organisation.art,
      })
      .from(hilfe)
      .innerJoin(fall, and(eq(fall.id, hilfe.fallId), eq(fall.organisationId, hilfe.organisationId)))
      .leftJoin(organisation, eq(organisation.id, hilfe.jugendamtId))
      .where(and(eq(hilfe.id, hilfeId), fallImUmfang(k, umfang)));
    if (!h) throw new NichtGefunden('Die Hilfe');
    // The granting body must be a Jugendamt working in Hilfewerk; otherwise the notice has no Posteingang.
    if (h.ja !== 'jugendamt') {
      throw new Ungueltig(
        { hilfeId: 'Diese Hilfe hat kein bewilligendes Jugendamt in Hilfewerk.' },
        'Das bewilligende Jugendamt arbeitet nicht mit Hilfewerk: bitte senden Sie die Mitteilung auf sicherem Weg (persönlich, Fax, verschlüsselte E-Mail).',
      );
    }
    const kopf = await briefkopf(tx, { ...h, hilfeId: h.id }, k.auth.benutzer.name);
    const brief: TraegerMitteilung = {
      art: m.art,
      traeger: kopf.traeger,
      jugendamt: kopf.jugendamt,
      datum: heute(),
      aktenzeichen: kopf.aktenzeichen,
      aktenzeichenJugendamt: kopf.aktenzeichenJugendamt,
      jungerMensch: kopf.jungerMensch ? `${kopf.jungerMensch.vorname} ${kopf.jungerMensch.nachname}` : null,
      leistung: kopf.leistung,
      betreff: m.betreff,
      text: m.text,
      gesendetVon: kopf.gesendetVon,
    };
    const [p] = await tx
      .insert(posteingang)
      .values({
        organisationId: h.organisationId,
        jugendamtId: kopf.jugendamtId,
        art: m.art,
        fallId: h.fallId,
        hilfeId: h.id,
        titel: `${POSTEINGANG_ART_TEXT[m.art]}: ${m.betreff}`,
        gesendetVon: k.auth.benutzer.id,
        inhalt: { ...brief },
      })
      .returning({ id: posteingang.id });
    await schreibeAudit(tx, k, {
      aktion: 'senden',
      ressource: 'posteingang',
      ressourceId: p.id,
      fallId: h.fallId,
      hilfeId: h.id,
      art: m.art,
      inhaltHash: inhaltHash({ betreff: m.betreff, text: m.text }),
    });
    return { id: p.id };
  });
}
