import {
  beschwerde,
  type Db,
  frist,
  hilfe,
  kalkulation,
  kinderschutzverfahren,
  leistungseintrag,
  leistungseintragTeilnahme,
  organisation,
} from '@hilfewerk/db';
import {
  auslastung,
  berechneKennzahlen,
  bremerhavenKennzahlen,
  entlassungenNachGrund,
  fristenTermingerecht,
  KENNZAHL_DEFINITIONEN,
  type KennzahlZeitraum,
  ladeLeistung,
  parameterZahl,
  stundenNachArt,
  vorgaenge,
} from '@hilfewerk/rules';
import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import { entgeltArt } from '../../abrechnung/intern/abrechnungsdaten.ts';
import { heute } from '../../fristen/intern/heute.ts';

const BREMERHAVEN = 'bremerhaven-ambulant';

/**
 * Reads the organisation's plain rows for the span and hands them to the figure rules: counts only leave here,
 * never a name or a case. Shared by the page (GET /api/kennzahlen) and the yearly report.
 */
export async function sammleKennzahlen(tx: Db, org: string, z: KennzahlZeitraum) {
  const [o] = await tx
    .select({ leistungen: organisation.leistungen })
    .from(organisation)
    .where(eq(organisation.id, org));
  const hilfen = await tx
    .select({
      fall: hilfe.fallId,
      leistung: hilfe.leistung,
      beginn: hilfe.beginn,
      ende: hilfe.tatsaechlichesEnde,
      beendigung: hilfe.beendigung,
      stundenProMonat: hilfe.stundenProMonat,
      jugendamt: organisation.name,
    })
    .from(hilfe)
    .innerJoin(organisation, eq(organisation.id, hilfe.jugendamtId))
    .where(eq(hilfe.organisationId, org));
  const teilnehmende = sql<number>`(select count(*)::int from ${leistungseintragTeilnahme} t
    where t.eintrag_id = ${leistungseintrag.id} and t.organisation_id = ${leistungseintrag.organisationId})`;
  const eintraege = await tx
    .select({
      datum: leistungseintrag.datum,
      art: leistungseintrag.art,
      minuten: leistungseintrag.minuten,
      gruppenangebot: leistungseintrag.gruppenangebot,
      teilnehmende,
    })
    .from(leistungseintrag)
    .where(
      and(
        eq(leistungseintrag.organisationId, org),
        gte(leistungseintrag.datum, z.von),
        lte(leistungseintrag.datum, z.bis),
      ),
    );
  const beschwerden = await tx
    .select({ begonnen: beschwerde.eingegangenAm, abgeschlossen: beschwerde.abgeschlossenAm })
    .from(beschwerde)
    .where(eq(beschwerde.organisationId, org));
  const fristen = await tx
    .select({ faellig: frist.faellig, status: frist.status, erledigtAm: frist.erledigtAm })
    .from(frist)
    .where(and(eq(frist.organisationId, org), gte(frist.faellig, z.von), lte(frist.faellig, z.bis)));
  const verfahren = await tx
    .select({
      begonnen: kinderschutzverfahren.begonnenAm,
      abgeschlossen: kinderschutzverfahren.abgeschlossenAm,
    })
    .from(kinderschutzverfahren)
    .where(eq(kinderschutzverfahren.organisationId, org));

  const plan = hilfen.map((h) => ({
    ...h,
    stundenProMonat: h.stundenProMonat === null ? null : Number(h.stundenProMonat),
  }));
  const platzLeistungen = [...new Set(hilfen.map((h) => h.leistung))].filter(
    (l) => entgeltArt(l) === 'tagessatz',
  );
  const auslastungen = [];
  for (const l of platzLeistungen) {
    const [k] = await tx
      .select({ eingabe: kalkulation.eingabe })
      .from(kalkulation)
      .where(
        and(
          eq(kalkulation.organisationId, org),
          eq(kalkulation.leistung, l),
          lte(kalkulation.stichtag, z.bis),
        ),
      )
      .orderBy(desc(kalkulation.stichtag), desc(kalkulation.erstelltAm))
      .limit(1);
    const plaetze = Number((k?.eingabe as { plaetze?: unknown } | undefined)?.plaetze) || null;
    const band = {
      min: Math.round(parameterZahl(l, 'auslastung-min', z.bis).wert * 1000) / 10,
      max: Math.round(parameterZahl(l, 'auslastung-max', z.bis).wert * 1000) / 10,
    };
    const belegt = hilfen.filter((h) => h.leistung === l);
    auslastungen.push({
      leistung: l,
      name: ladeLeistung(l).titel,
      plaetze,
      ...auslastung(belegt, plaetze, z, band),
    });
  }
  const anzahlBeschwerden = beschwerden.filter((b) => b.begonnen >= z.von && b.begonnen <= z.bis).length;
  const beschwerdeZahlen = vorgaenge(beschwerden, z);
  return {
    jahr: z.jahr,
    zeitraum: { text: z.text, bezeichnung: z.bezeichnung, von: z.von, bis: z.bis },
    ...berechneKennzahlen(z, hilfen, anzahlBeschwerden),
    entlassungenNachGrund: entlassungenNachGrund(hilfen, z),
    stunden: stundenNachArt(eintraege, plan, z),
    auslastung: auslastungen,
    fristen: fristenTermingerecht(fristen, z, heute()),
    kinderschutz: vorgaenge(verfahren, z),
    beschwerdenOffen: beschwerdeZahlen.offenAmEnde,
    bremerhaven: o?.leistungen.includes(BREMERHAVEN) ? bremerhavenKennzahlen(hilfen, eintraege, z) : null,
    definitionen: Object.entries(KENNZAHL_DEFINITIONEN).map(([schluessel, d]) => ({ schluessel, ...d })),
  };
}
