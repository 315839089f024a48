import { nterWerktagNach } from '../datum/arbeitstage.ts';
import type { Bundesland } from '../datum/feiertage.ts';
import { isoDatum, leseIsoDatum } from '../datum/kalender.ts';
import { EingabeFehler } from '../fehler.ts';

/**
 * Crises and besondere Vorkommnisse of a case, and which duty each one sets off (docs/kinderschutz.md,
 * "Krisen und besondere Vorkommnisse"). Pure: the server stores the facts and asks here.
 */
export const VORKOMMNIS_ARTEN = [
  'krise',
  'erkrankung',
  'krankenhaus',
  'verletzung',
  'gewalt',
  'selbstgefaehrdung',
  'entweichung',
  'polizei',
  'todesfall',
  'sonstiges',
] as const;
export type VorkommnisArt = (typeof VORKOMMNIS_ARTEN)[number];

/** Whom to inform: the Jugendamt, the custodians, the supervising authority (§ 47 SGB VIII). */
export const PFLICHT_ARTEN = ['jugendamt', 'sorgeberechtigte', 'aufsicht'] as const;
export type PflichtArt = (typeof PFLICHT_ARTEN)[number];

/** The wording of the source: "sofortig", "umgehend" (KIJU), "unverzüglich" (§ 47 SGB VIII). */
export type PflichtFrist = 'sofort' | 'umgehend' | 'unverzueglich';

export interface Pflicht {
  art: PflichtArt;
  frist: PflichtFrist;
  faelligAm: string;
  grundlage: string;
}

const KONTAKT_KRISE =
  'Leistungsbeschreibung KIJU Nachbetreuung: sofortige Kontaktaufnahme zum Jugendamt und zu Sorgeberechtigten in besonderen Krisen- und Konfliktsituationen';
const SORGE_GESUNDHEIT =
  'Leistungsbeschreibung KIJU Nachbetreuung: Sorgeberechtigte werden umgehend bei besonderen Erkrankungen und Verletzungen benachrichtigt';
const PARAGRAF_47 =
  '§ 47 Satz 1 Nr. 2 SGB VIII: unverzügliche Meldung von Ereignissen oder Entwicklungen, die geeignet sind, das Wohl der Kinder und Jugendlichen zu beeinträchtigen';

/**
 * Which kinds are "Ereignisse …, die geeignet sind, das Wohl der Kinder und Jugendlichen zu beeinträchtigen"
 * (§ 47 Satz 1 Nr. 2): harm or danger to body, life or sexual self-determination, a child gone missing, police
 * action, a death. A plain illness or hospital stay is not on the list by itself; a serious injury is.
 */
const MELDEPFLICHTIG_47: ReadonlySet<VorkommnisArt> = new Set([
  'verletzung',
  'gewalt',
  'selbstgefaehrdung',
  'entweichung',
  'polizei',
  'todesfall',
]);
/** Crises in the wide sense: the provider contacts Jugendamt and custodians at once. */
const KRISE: ReadonlySet<VorkommnisArt> = new Set([
  'krise',
  'gewalt',
  'selbstgefaehrdung',
  'entweichung',
  'polizei',
  'todesfall',
]);
const GESUNDHEIT: ReadonlySet<VorkommnisArt> = new Set(['erkrankung', 'krankenhaus', 'verletzung']);

export interface VorkommnisEingabe {
  art: VorkommnisArt;
  /** ISO date the event happened. */
  datum: string;
  /** The case has a stationary Hilfe (catalogue `betreuungsform: stationaer`, e.g. Berlin D.8) on that day. */
  stationaer: boolean;
  /** The provider's Land: its holidays are no working days for the § 47 report. */
  bundesland: Bundesland;
}

/**
 * The duties an event sets off, each with its due day:
 * - "sofort" and "umgehend" (Jugendamt, custodians): the day of the event itself — a hospital does not wait
 *   for Monday, and the custodians must hear of it the same day.
 * - "unverzüglich" (§ 47 report to the supervising authority): at the latest the next working day of the Land
 *   after the event (an authority's office; "ohne schuldhaftes Zögern", § 121 BGB).
 */
export function pflichtenFuer(e: VorkommnisEingabe): Pflicht[] {
  const tag = leseIsoDatum(e.datum);
  if (!tag) throw new EingabeFehler(`Kein gültiges Datum: ${e.datum}`, 'datum');
  const pflichten: Pflicht[] = [];
  if (KRISE.has(e.art)) {
    pflichten.push({ art: 'jugendamt', frist: 'sofort', faelligAm: e.datum, grundlage: KONTAKT_KRISE });
    pflichten.push({
      art: 'sorgeberechtigte',
      frist: 'sofort',
      faelligAm: e.datum,
      grundlage: KONTAKT_KRISE,
    });
  } else if (GESUNDHEIT.has(e.art)) {
    pflichten.push({
      art: 'sorgeberechtigte',
      frist: 'umgehend',
      faelligAm: e.datum,
      grundlage: SORGE_GESUNDHEIT,
    });
  }
  if (e.stationaer && MELDEPFLICHTIG_47.has(e.art)) {
    pflichten.push({
      art: 'aufsicht',
      frist: 'unverzueglich',
      faelligAm: isoDatum(nterWerktagNach(tag, 1, e.bundesland, 'arbeitstag')),
      grundlage: PARAGRAF_47,
    });
  }
  return pflichten;
}

/**
 * Jugendamt and custodians may be left out for a documented reason (a young adult without custodians, contact
 * that would endanger the child); the § 47 report is a duty of the law and has no such way out.
 */
export function pflichtBegruendbar(art: PflichtArt): boolean {
  return art !== 'aufsicht';
}

export type PflichtStatus = 'offen' | 'ueberfaellig' | 'erledigt' | 'unterblieben';

export function pflichtStatus(
  p: { faelligAm: string; erledigtAm: string | null; grund: string | null },
  heute: string,
): PflichtStatus {
  if (p.erledigtAm !== null) return 'erledigt';
  if (p.grund !== null) return 'unterblieben';
  return p.faelligAm < heute ? 'ueberfaellig' : 'offen';
}

export interface PflichtErledigung {
  datum?: string;
  /** Who was reached (person, office, authority). */
  an?: string;
  /** How: telephone, in person, letter, e-mail, fax. */
  weg?: string;
  /** Why the contact did not happen (instead of datum/an/weg). */
  grund?: string;
}

/**
 * Checks what is recorded for a duty: a contact (date not before the event and not after today, whom, how)
 * or a reason why not. All problems at once, one message per field.
 */
export function pruefeErledigung(
  art: PflichtArt,
  e: PflichtErledigung,
  ereignisDatum: string,
  heute: string,
  pfad = '',
): void {
  const felder: Record<string, string> = {};
  const grund = e.grund?.trim() ?? '';
  if (grund !== '' && e.datum === undefined && e.an === undefined) {
    if (!pflichtBegruendbar(art))
      felder[`${pfad}grund`] =
        'Die Meldung an die Aufsichtsbehörde (§ 47 SGB VIII) ist Pflicht und kann nicht mit einem Grund entfallen.';
  } else {
    if (!e.datum) felder[`${pfad}datum`] = 'Wann? Das Datum fehlt.';
    else if (e.datum > heute) felder[`${pfad}datum`] = 'Das Datum liegt in der Zukunft.';
    else if (e.datum < ereignisDatum) felder[`${pfad}datum`] = 'Das Datum liegt vor dem Vorkommnis.';
    if (!e.an?.trim())
      felder[`${pfad}an`] =
        art === 'aufsicht'
          ? 'An welche Behörde ging die Meldung? Der Empfänger fehlt.'
          : 'Wer wurde erreicht? Die Angabe fehlt.';
    if (!e.weg?.trim()) felder[`${pfad}weg`] = 'Wie? Telefon, persönlich, schriftlich, E-Mail oder Fax.';
  }
  const erstes = Object.keys(felder)[0];
  if (erstes) throw new EingabeFehler(Object.values(felder).join(' '), erstes, felder);
}
