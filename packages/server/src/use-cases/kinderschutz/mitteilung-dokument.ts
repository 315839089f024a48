import { fall, hilfe, organisation, person } from '@hilfewerk/db';
import { SCHRITT_TITEL } from '@hilfewerk/rules';
import { and, desc, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { erzeugeMitteilungPdf } from '../../dokumente/kinderschutz-mitteilung-pdf.ts';
import { NichtGefunden } from '../../fehler.ts';
import { ladeVerfahren } from './intern/lade-verfahren.ts';

/** GET /api/kinderschutz/:id/mitteilung/pdf: the notification to the Jugendamt as sent (the latest one). */
export async function mitteilungDokument(k: Kontext, id: string) {
  requireAccess(k, 'kinderschutz', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const { v, schritte } = await ladeVerfahren(tx, k, id);
    const mitteilung = [...schritte].reverse().find((s) => s.art === 'mitteilung-jugendamt');
    if (!mitteilung) throw new NichtGefunden('Eine Mitteilung an das Jugendamt in diesem Verfahren');
    const org = v.organisationId;
    const [f] = await tx
      .select()
      .from(fall)
      .where(and(eq(fall.organisationId, org), eq(fall.id, v.fallId)));
    const [h] = await tx
      .select({ az: hilfe.aktenzeichenJugendamt, jugendamt: organisation.name })
      .from(hilfe)
      .innerJoin(organisation, eq(organisation.id, hilfe.jugendamtId))
      .where(and(eq(hilfe.organisationId, org), eq(hilfe.fallId, v.fallId)))
      .orderBy(desc(hilfe.beginn))
      .limit(1);
    const personen = await tx
      .select()
      .from(person)
      .where(and(eq(person.organisationId, org), eq(person.fallId, v.fallId)));
    const i = mitteilung.inhalt as Record<string, string | boolean>;
    await schreibeAudit(tx, k, { aktion: 'lesen', ressource: 'kinderschutzverfahren', ressourceId: v.id });
    const pdf = await erzeugeMitteilungPdf({
      traeger: k.auth.organisation.name,
      jugendamt: h?.jugendamt ?? null,
      datum: mitteilung.datum,
      aktenzeichen: f.aktenzeichen,
      aktenzeichenJugendamt: h?.az ?? null,
      personen: personen.map((p) => ({
        rolle: p.rolle,
        name: `${p.vorname} ${p.nachname}`,
        geburtsdatum: p.geburtsdatum,
      })),
      anhaltspunkte: v.anhaltspunkte,
      begonnenAm: v.begonnenAm,
      gefaehrdung: String(i.gefaehrdung),
      bisherigeMassnahmen: String(i.bisherigeMassnahmen),
      begruendung: String(i.begruendung),
      sorgeberechtigteInformiert: i.sorgeberechtigteInformiert === true,
      ansprechperson: String(i.ansprechperson),
      verlauf: schritte.map((s) => ({ titel: SCHRITT_TITEL[s.art], datum: s.datum })),
    });
    return { aktenzeichen: f.aktenzeichen, pdf };
  });
}
