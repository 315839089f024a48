import {
  type Db,
  fall,
  fallTeam,
  hilfe,
  LEISTUNGS_ARTEN,
  leistungseintrag,
  monatsabschluss,
  type QUALIFIKATIONEN,
  type Rolle,
} from '@hilfewerk/db';
import { teileMinuten } from '@hilfewerk/rules';
import { datumDe } from '@hilfewerk/rules/tag';
import { and, eq, gt, inArray, isNotNull, lt, ne, sql } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import { HttpFehler, Ungueltig } from '../../../fehler.ts';
import { hilfeEnde, monatDe } from '../../abrechnung/intern/monat.ts';
import { sperreMonat, sperrePerson } from '../../abrechnung/intern/sperren.ts';
import { heute } from '../../fristen/intern/heute.ts';

export type Leistungsart = (typeof LEISTUNGS_ARTEN)[number];

/** What a client sends for one entry (POST and PUT). */
export interface LeistungWerte {
  datum: string;
  /** `HH:MM`; with `ende` the minutes are derived and overlaps are checked. */
  beginn?: string | null;
  ende?: string | null;
  /** Only when no clock times are given. */
  minuten?: number | null;
  art: Leistungsart;
  /** The case's Hilfe (direkt; optional for indirekt and Fahrzeit). */
  hilfeId?: string | null;
  /** Group offer (fallübergreifend): the participating Hilfen. */
  hilfeIds?: string[];
  gruppenangebot?: string | null;
  bemerkung?: string | null;
}

/** The row as it will be stored, after every check passed. */
export interface GeprueftesEintrag {
  datum: string;
  beginn: string | null;
  ende: string | null;
  minuten: number;
  art: Leistungsart;
  qualifikation: (typeof QUALIFIKATIONEN)[number];
  hilfeId: string | null;
  fallId: string | null;
  gruppenangebot: string | null;
  bemerkung: string | null;
  teilnahmen: { hilfeId: string; fallId: string; minuten: number }[];
}

/** Kinds of work that belong to exactly one case / to a group of cases / to no case. */
const MIT_HILFE: readonly Leistungsart[] = ['direkt'];
const HILFE_OPTIONAL: readonly Leistungsart[] = ['indirekt', 'fahrzeit'];
const OHNE_HILFE: readonly Leistungsart[] = ['fallunspezifisch', 'netzwerkarbeit'];

/**
 * The qualification billing and the budget count, frozen at entry: Fachkräfte and Leitung are
 * Fachkräfte; semiprofessional staff are semiprofessionell.
 */
export function qualifikationDerRolle(rolle: Rolle): GeprueftesEintrag['qualifikation'] {
  return rolle === 'semiprofessionell' ? 'semiprofessionell' : 'fachkraft';
}

const alsMinuten = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** An entry's input after the checks that need no stored data. */
export interface GepruefteEingabe {
  minuten: number;
  beginn: string | null;
  ende: string | null;
  art: Leistungsart;
  /** A group offer (fallübergreifend). */
  gruppe: boolean;
  /** The Hilfen the entry names, without duplicates. */
  hilfeIds: string[];
  gruppenangebot: string | null;
  bemerkung: string | null;
}

/**
 * Refuses (422) what is wrong in the input itself — a duration of zero or less, an end before the
 * start, a date in the future, a kind of work without the case it needs or with one it must not
 * have — and derives the minutes from clock times.
 */
export function pruefeEingabe(w: LeistungWerte): GepruefteEingabe {
  const felder: Record<string, string> = {};
  let minuten = w.minuten ?? 0;
  const beginn = w.beginn ?? null;
  const ende = w.ende ?? null;
  if ((beginn === null) !== (ende === null)) {
    felder[beginn === null ? 'beginn' : 'ende'] =
      'Bitte Beginn und Ende angeben – oder keine Uhrzeiten und nur die Dauer in Minuten.';
  } else if (beginn !== null && ende !== null) {
    minuten = alsMinuten(ende) - alsMinuten(beginn);
    if (minuten < 0) felder.ende = `Das Ende (${ende} Uhr) liegt vor dem Beginn (${beginn} Uhr).`;
    else if (minuten === 0)
      felder.ende = 'Beginn und Ende sind gleich: die Dauer muss mindestens 1 Minute sein.';
  } else if (!Number.isInteger(minuten) || minuten <= 0) {
    felder.minuten = 'Die Dauer muss mindestens 1 Minute sein (ganze Minuten).';
  } else if (minuten > 1440) {
    felder.minuten = 'Ein Eintrag kann höchstens 24 Stunden (1.440 Minuten) dauern.';
  }
  if (w.datum > heute()) {
    felder.datum = `Der ${datumDe(w.datum)} liegt in der Zukunft; Leistungen werden nach der Erbringung erfasst.`;
  }

  const art = w.art;
  const gruppe = art === 'falluebergreifend';
  const hilfeIds = gruppe ? [...new Set(w.hilfeIds ?? [])] : w.hilfeId ? [w.hilfeId] : [];
  if (gruppe) {
    if (hilfeIds.length === 0) felder.hilfeIds = 'Bitte die teilnehmenden Fälle des Gruppenangebots wählen.';
    if (!w.gruppenangebot?.trim()) felder.gruppenangebot = 'Bitte das Gruppenangebot benennen.';
  } else if (MIT_HILFE.includes(art) && hilfeIds.length === 0) {
    felder.hilfeId = 'Direkte Zeit gehört zu einem Fall: bitte die Hilfe wählen.';
  } else if (OHNE_HILFE.includes(art) && hilfeIds.length > 0) {
    felder.hilfeId = 'Fallunspezifische Arbeit und Netzwerkarbeit werden ohne Fall erfasst.';
  } else if (!HILFE_OPTIONAL.includes(art) && !MIT_HILFE.includes(art) && !OHNE_HILFE.includes(art)) {
    felder.art = `Unbekannte Art; erlaubt: ${LEISTUNGS_ARTEN.join(', ')}.`;
  }
  if (Object.keys(felder).length > 0) throw new Ungueltig(felder);
  return {
    minuten,
    beginn,
    ende,
    art,
    gruppe,
    hilfeIds,
    gruppenangebot: gruppe ? (w.gruppenangebot?.trim() ?? null) : null,
    bemerkung: w.bemerkung?.trim() || null,
  };
}

/**
 * Checks an entry before it is written and returns the row to store. Refuses (422) what is wrong
 * in itself (`pruefeEingabe`) or a case the person does not work on, and (409) what collides with
 * stored data: a closed month, an overlapping entry of the same person. Takes the locks that keep
 * those checks true until the transaction commits.
 * @param ausser the entry being changed (PUT): it neither overlaps itself nor counts as a collision
 */
export async function pruefeLeistung(
  tx: Db,
  k: Kontext,
  w: LeistungWerte,
  ausser?: { id: string; datum: string },
): Promise<GeprueftesEintrag> {
  const { minuten, beginn, ende, art, gruppe, hilfeIds, gruppenangebot, bemerkung } = pruefeEingabe(w);

  // Hilfen of cases whose team the person is in (the same test for every role: hours are one's own work).
  const hilfen =
    hilfeIds.length === 0
      ? []
      : await tx
          .select({
            id: hilfe.id,
            fallId: hilfe.fallId,
            aktenzeichen: fall.aktenzeichen,
            beginn: hilfe.beginn,
            geplantesEnde: hilfe.geplantesEnde,
            tatsaechlichesEnde: hilfe.tatsaechlichesEnde,
          })
          .from(hilfe)
          .innerJoin(fall, eq(fall.id, hilfe.fallId))
          .innerJoin(
            fallTeam,
            and(eq(fallTeam.fallId, hilfe.fallId), eq(fallTeam.benutzerId, k.auth.benutzer.id)),
          )
          .where(and(inArray(hilfe.id, hilfeIds), eq(hilfe.organisationId, k.auth.organisation.id)));
  const feld = gruppe ? 'hilfeIds' : 'hilfeId';
  if (hilfen.length !== hilfeIds.length) {
    throw new Ungueltig({
      [feld]:
        'Stunden lassen sich nur für Fälle erfassen, in deren Team Sie sind. Bitte wählen Sie einen eigenen Fall oder lassen Sie sich ins Team aufnehmen.',
    });
  }
  for (const h of hilfen) {
    const bis = hilfeEnde(h);
    if (w.datum < h.beginn || (bis !== null && w.datum > bis)) {
      throw new Ungueltig({
        datum: `Die Hilfe im Fall ${h.aktenzeichen} läuft vom ${datumDe(h.beginn)}${bis ? ` bis ${datumDe(bis)}` : ' an'}; der ${datumDe(w.datum)} liegt außerhalb.`,
      });
    }
  }

  // Locks first, then the checks they protect. Months in a fixed order: no deadlock between a
  // PUT that moves an entry and a close.
  const org = k.auth.organisation.id;
  const monate = [...new Set([w.datum.slice(0, 7), ...(ausser ? [ausser.datum.slice(0, 7)] : [])])].sort();
  for (const m of monate) await sperreMonat(tx, org, m, 'geteilt');
  await sperrePerson(tx, k.auth.benutzer.id);

  const [abgeschlossen] = await tx
    .select({ monat: monatsabschluss.monat })
    .from(monatsabschluss)
    .where(and(eq(monatsabschluss.organisationId, org), inArray(monatsabschluss.monat, monate)));
  if (abgeschlossen) {
    throw new HttpFehler(
      409,
      `Der Monat ${monatDe(abgeschlossen.monat)} ist abgeschlossen und abgerechnet; Einträge darin lassen sich nicht mehr anlegen oder ändern. Korrekturen laufen über eine Gutschrift der Verwaltung.`,
    );
  }

  if (beginn !== null && ende !== null) {
    const [ueberschneidung] = await tx
      .select({ beginn: leistungseintrag.beginn, ende: leistungseintrag.ende })
      .from(leistungseintrag)
      .where(
        and(
          eq(leistungseintrag.benutzerId, k.auth.benutzer.id),
          eq(leistungseintrag.datum, w.datum),
          isNotNull(leistungseintrag.beginn),
          lt(leistungseintrag.beginn, ende),
          gt(leistungseintrag.ende, beginn),
          ausser ? ne(leistungseintrag.id, ausser.id) : sql`true`,
        ),
      )
      .limit(1);
    if (ueberschneidung) {
      throw new HttpFehler(
        409,
        `Sie haben am ${datumDe(w.datum)} von ${ueberschneidung.beginn?.slice(0, 5)} bis ${ueberschneidung.ende?.slice(0, 5)} Uhr schon einen Eintrag. Einträge einer Person dürfen sich nicht überschneiden; bitte Zeiten anpassen.`,
      );
    }
  }

  const teilnahmen = gruppe
    ? teileMinuten(
        minuten,
        hilfen.map((h) => h.id),
      ).map((t) => ({ ...t, fallId: hilfen.find((h) => h.id === t.hilfeId)?.fallId as string }))
    : [];
  const einzel = !gruppe && hilfen.length === 1 ? hilfen[0] : null;
  return {
    datum: w.datum,
    beginn,
    ende,
    minuten,
    art,
    qualifikation: qualifikationDerRolle(k.auth.benutzer.rolle),
    hilfeId: einzel?.id ?? null,
    fallId: einzel?.fallId ?? null,
    gruppenangebot,
    bemerkung,
    teilnahmen,
  };
}
