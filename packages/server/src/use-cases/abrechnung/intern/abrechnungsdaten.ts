import {
  type Db,
  fall,
  hilfe,
  leistungseintrag,
  leistungseintragTeilnahme,
  organisation,
} from '@hilfewerk/db';
import {
  type AbrechnungsHilfe,
  EingabeFehler,
  type Entgelt,
  type Leistungseintrag,
  ladeLeistung,
  rechnungSumme,
  rechnungsPositionen,
  type Zusatzleistung,
} from '@hilfewerk/rules';
import type { Monatsgrenzen } from '@hilfewerk/rules/tag';
import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Rechnung, Rechnungsposition } from '../../../dokumente/rechnung.ts';
import { Ungueltig } from '../../../fehler.ts';
import { hilfeEnde } from './monat.ts';
import { kaeuferVon } from './rechnungsangaben.ts';

/** Kinds of work billed as direct time of a Hilfe: its own direct time and its share of group offers. */
export const DIREKTE_ARTEN = ['direkt', 'falluebergreifend'] as const;

/** How the catalogue prices a Leistung: fachleistungsstunde, monatspauschale, tagessatz or traegerbudget. */
export function entgeltArt(leistung: string): string {
  return ladeLeistung(leistung).kalkulation.art;
}

const EINHEIT_TEXT: Record<string, string> = {
  fachleistungsstunde: 'Fachleistungsstunden (direkte Zeit)',
  monatspauschale: 'Monatspauschale',
  tagessatz: 'Belegungstage',
};

export interface Rechnungsentwurf {
  jugendamtId: string;
  rechnung: Omit<Rechnung, 'nummer' | 'datum' | 'verkaeufer' | 'zahlungszielTage'>;
  fallVonHilfe: Map<string, string>;
}

/**
 * The month's invoice drafts per Jugendamt, computed by the rules package from the Hilfen that ran
 * in the month and their direct minutes. Hilfen under a Trägerbudget are not invoiced per case.
 * Refuses (422) when a Hilfe to bill lacks its grant reference, rate or the Jugendamt's file number,
 * or a Jugendamt lacks its Leitweg-ID or address — the message lists every gap at once.
 */
export async function rechnungsentwuerfe(
  tx: Db,
  organisationId: string,
  m: Monatsgrenzen,
): Promise<Rechnungsentwurf[]> {
  const zeilen = await tx
    .select({ h: hilfe, aktenzeichen: fall.aktenzeichen })
    .from(hilfe)
    .innerJoin(fall, eq(fall.id, hilfe.fallId))
    .where(
      and(
        eq(hilfe.organisationId, organisationId),
        lte(hilfe.beginn, m.bis),
        sql`coalesce(${hilfe.tatsaechlichesEnde}, ${hilfe.geplantesEnde}, ${m.von}) >= ${m.von}`,
      ),
    )
    .orderBy(asc(fall.aktenzeichen), asc(hilfe.beginn));
  // A Hilfe in the Trägerbudget is billed only for what lies outside the budget (§ 39 Sonderbedarfe) this month.
  const abrechenbar = zeilen.filter(
    (z) => entgeltArt(z.h.leistung) !== 'traegerbudget' || zusatzImMonat(z.h, m).length > 0,
  );
  if (abrechenbar.length === 0) return [];

  // Direct minutes per Hilfe and day: entries of the Hilfe itself plus its shares of group offers.
  const eigene = await tx
    .select({
      hilfeId: leistungseintrag.hilfeId,
      datum: leistungseintrag.datum,
      minuten: sql<number>`sum(${leistungseintrag.minuten})::int`,
    })
    .from(leistungseintrag)
    .where(
      and(
        eq(leistungseintrag.organisationId, organisationId),
        gte(leistungseintrag.datum, m.von),
        lte(leistungseintrag.datum, m.bis),
        eq(leistungseintrag.art, 'direkt'),
        isNotNull(leistungseintrag.hilfeId),
        isNull(leistungseintrag.gruppenangebot),
      ),
    )
    .groupBy(leistungseintrag.hilfeId, leistungseintrag.datum);
  const anteile = await tx
    .select({
      hilfeId: leistungseintragTeilnahme.hilfeId,
      datum: leistungseintrag.datum,
      minuten: sql<number>`sum(${leistungseintragTeilnahme.minuten})::int`,
    })
    .from(leistungseintragTeilnahme)
    .innerJoin(leistungseintrag, eq(leistungseintrag.id, leistungseintragTeilnahme.eintragId))
    .where(
      and(
        eq(leistungseintrag.organisationId, organisationId),
        gte(leistungseintrag.datum, m.von),
        lte(leistungseintrag.datum, m.bis),
        inArray(leistungseintrag.art, [...DIREKTE_ARTEN]),
      ),
    )
    .groupBy(leistungseintragTeilnahme.hilfeId, leistungseintrag.datum);
  const eintraege: Leistungseintrag[] = [...eigene, ...anteile].map((e) => ({
    hilfeId: e.hilfeId,
    datum: e.datum,
    minuten: Number(e.minuten),
    art: 'direkt',
  }));
  const mitMinuten = new Set(eintraege.map((e) => e.hilfeId));

  const jugendaemter = await tx
    .select()
    .from(organisation)
    .where(inArray(organisation.id, [...new Set(abrechenbar.map((z) => z.h.jugendamtId))]))
    .orderBy(asc(organisation.name));

  const fehlt: string[] = [];
  const zuBerechnen = abrechenbar.filter(
    (z) =>
      entgeltArt(z.h.leistung) !== 'fachleistungsstunde' ||
      mitMinuten.has(z.h.id) ||
      zusatzImMonat(z.h, m).length > 0,
  );
  for (const { h, aktenzeichen } of zuBerechnen) {
    // The budget pays the Hilfe itself: its Sonderbedarfe carry their own approval and need no rate.
    const imBudget = entgeltArt(h.leistung) === 'traegerbudget';
    const luecken = [
      !imBudget && !h.bewilligung && 'Bewilligung',
      !imBudget && !h.entgeltSatz && 'Entgeltsatz',
      !h.aktenzeichenJugendamt && 'Aktenzeichen des Jugendamts',
    ].filter(Boolean);
    if (luecken.length > 0) fehlt.push(`Fall ${aktenzeichen}: ${luecken.join(', ')}`);
  }
  const kaeufer = new Map(jugendaemter.map((j) => [j.id, kaeuferVon(j)]));
  for (const k of new Set(zuBerechnen.map((z) => kaeufer.get(z.h.jugendamtId)))) {
    if (typeof k === 'string') fehlt.push(k);
  }
  if (fehlt.length > 0) {
    throw new Ungueltig(
      { abrechnungsdaten: fehlt.join('; ') },
      `Der Monat lässt sich noch nicht abrechnen, es fehlen Angaben – ${fehlt.join('; ')}. Bitte in den Hilfen bzw. beim Jugendamt ergänzen; nichts wurde abgeschlossen.`,
    );
  }

  const entwuerfe: Rechnungsentwurf[] = [];
  for (const ja of jugendaemter) {
    const ihre = zuBerechnen.filter((z) => z.h.jugendamtId === ja.id);
    if (ihre.length === 0) continue;
    const hilfen: AbrechnungsHilfe[] = ihre.map(({ h }) => ({
      id: h.id,
      aktenzeichenJugendamt: h.aktenzeichenJugendamt as string,
      bewilligung: h.bewilligung ?? '',
      beginn: h.beginn,
      ende: hilfeEnde(h),
      entgelt: entgelt(h),
      zusatzleistungen: zusatzImMonat(h, m),
    }));
    const positionen = hilfen.flatMap((h, i) =>
      positionenDerHilfe(m.monat, h, eintraege, ihre[i].aktenzeichen),
    );
    if (positionen.length === 0) continue;
    const zuHilfe = new Map(ihre.map((z) => [z.h.id, z]));
    const zeilenDoc: Rechnungsposition[] = positionen.map((p) => {
      const z = zuHilfe.get(p.hilfeId) as (typeof ihre)[number];
      const titel = ladeLeistung(z.h.leistung).titel;
      const art = entgeltArt(z.h.leistung);
      const weitere = p.einheit.includes('weitere Person');
      const was = p.zusatz
        ? `${ladeLeistung(z.h.leistung).zusatzleistungen?.text ?? p.einheit} „${p.zusatz}“`
        : weitere
          ? 'weitere Person, Belegungstage'
          : EINHEIT_TEXT[art];
      return {
        hilfeId: p.hilfeId,
        text: `${titel}: ${was} – Fall ${z.aktenzeichen}`,
        aktenzeichenJugendamt: p.aktenzeichenJugendamt,
        bewilligung: p.bewilligung,
        zeitraumVon: p.zeitraumVon,
        zeitraumBis: p.zeitraumBis,
        menge: String(p.menge),
        einheit: art === 'fachleistungsstunde' && !p.zusatz ? 'Std.' : p.einheit,
        einheitCode: p.einheitCode,
        ...(p.basismenge ? { basismenge: String(p.basismenge) } : {}),
        satz: p.satz,
        betrag: p.betrag,
      };
    });
    entwuerfe.push({
      jugendamtId: ja.id,
      fallVonHilfe: new Map(ihre.map((z) => [z.h.id, z.h.fallId])),
      rechnung: {
        art: 'rechnung',
        leistungszeitraum: { von: m.von, bis: m.bis },
        kaeufer: kaeufer.get(ja.id) as Rechnung['kaeufer'],
        positionen: zeilenDoc,
        summe: rechnungSumme(zeilenDoc),
      },
    });
  }
  return entwuerfe;
}

/**
 * One Hilfe's lines. Data the rules cannot bill (say a carer's period that ends before it begins) refuses the
 * close with 422 naming the case, so the Verwaltung knows which Hilfe to correct — never a server error.
 */
function positionenDerHilfe(
  monat: string,
  h: AbrechnungsHilfe,
  eintraege: Leistungseintrag[],
  aktenzeichen: string,
) {
  try {
    return rechnungsPositionen({ monat, hilfen: [h], eintraege });
  } catch (fehler) {
    if (!(fehler instanceof EingabeFehler)) throw fehler;
    const grund = fehler.message.replace(/^hilfen\[0\]\.?/, '').replace(/^entgelt\./, '');
    throw new Ungueltig(
      { abrechnungsdaten: `Fall ${aktenzeichen}: ${grund}` },
      `Der Monat lässt sich nicht abrechnen: die Hilfe im Fall ${aktenzeichen} hat ungültige Abrechnungsdaten (${grund}). Bitte die Hilfe korrigieren; nichts wurde abgeschlossen.`,
    );
  }
}

/** The Hilfe's Zusatzleistungen dated in the month (D.8 individuelle Zusatzleistungen, § 39 Sonderbedarfe). */
function zusatzImMonat(h: typeof hilfe.$inferSelect, m: Monatsgrenzen): Zusatzleistung[] {
  return ((h.zusatzleistungen ?? []) as Zusatzleistung[]).filter((z) => z.datum >= m.von && z.datum <= m.bis);
}

function entgelt(h: typeof hilfe.$inferSelect): Entgelt {
  const satz = h.entgeltSatz as string;
  const art = entgeltArt(h.leistung);
  if (art === 'traegerbudget') return { art };
  if (art === 'fachleistungsstunde') return { art, satz };
  if (art === 'monatspauschale') return { art, satz };
  const weitere = h.weiterePerson as {
    satz: string;
    zeitraeume: { von: string; bis: string | null }[];
  } | null;
  return { art: 'tagessatz', satz, ...(weitere ? { weiterePerson: weitere } : {}) };
}
