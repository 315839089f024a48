import { fall, hilfe, organisation, person } from '@hilfewerk/db';
import { and, desc, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { erzeugeMeldung47Pdf } from '../../dokumente/meldung-47-pdf.ts';
import { NichtGefunden } from '../../fehler.ts';
import { ladeVorkommnisse } from './intern/darstellung.ts';
import { ladeVorkommnis } from './intern/lade-vorkommnis.ts';

/**
 * GET /api/vorkommnisse/:id/meldung/pdf: the report to the supervising authority (§ 47 Satz 1 Nr. 2 SGB VIII)
 * of an event that needs one — to send, or as the record of what was sent.
 */
export async function meldungDokument(k: Kontext, id: string) {
  const umfang = requireAccess(k, 'vorkommnis', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const v = await ladeVorkommnis(tx, k, umfang, id);
    const [dto] = await ladeVorkommnisse(tx, v.organisationId, { id: v.id });
    const aufsicht = dto.pflichten.find((p) => p.art === 'aufsicht');
    if (!aufsicht) throw new NichtGefunden('Eine Meldung nach § 47 SGB VIII zu diesem Vorkommnis');
    const [f] = await tx
      .select({ aktenzeichen: fall.aktenzeichen })
      .from(fall)
      .where(and(eq(fall.organisationId, v.organisationId), eq(fall.id, v.fallId)));
    const [h] = await tx
      .select({ leistung: hilfe.leistung, jugendamt: organisation.name })
      .from(hilfe)
      .leftJoin(organisation, eq(organisation.id, hilfe.jugendamtId))
      .where(and(eq(hilfe.organisationId, v.organisationId), eq(hilfe.fallId, v.fallId)))
      .orderBy(desc(hilfe.beginn))
      .limit(1);
    const personen = await tx
      .select({
        vorname: person.vorname,
        nachname: person.nachname,
        rolle: person.rolle,
        geburtsdatum: person.geburtsdatum,
      })
      .from(person)
      .where(and(eq(person.organisationId, v.organisationId), eq(person.fallId, v.fallId)));
    await schreibeAudit(tx, k, {
      aktion: 'exportieren',
      ressource: 'vorkommnis',
      ressourceId: v.id,
      fallId: v.fallId,
    });
    const pdf = await erzeugeMeldung47Pdf({
      traeger: k.auth.organisation.name,
      aktenzeichen: f.aktenzeichen,
      leistung: h?.leistung ?? '',
      jugendamt: h?.jugendamt ?? null,
      art: dto.titel,
      datum: dto.datum,
      beschreibung: dto.beschreibung,
      erfasstVon: dto.erfasstVon,
      personen: personen
        .filter((p) => p.rolle === 'junger_mensch' || p.rolle === 'kind')
        .map((p) => ({ name: `${p.vorname} ${p.nachname}`, geburtsdatum: p.geburtsdatum })),
      pflichten: dto.pflichten,
    });
    return { aktenzeichen: f.aktenzeichen, pdf };
  });
}
