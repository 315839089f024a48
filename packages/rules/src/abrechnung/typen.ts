/** How a Hilfe is priced, with the rate as a two-place decimal string. */
export type Entgelt =
  /** KIJU: per documented direct hour (Fachleistungsstunde). */
  | { art: 'fachleistungsstunde'; satz: string }
  /** LT 11: per case and month, pro rata by calendar days in a partial month. */
  | { art: 'monatspauschale'; satz: string }
  /** D.8: per occupied day; an additional carer (§ 19 (1) S. 2) at its own rate for the days they live there. */
  | { art: 'tagessatz'; satz: string; weiterePerson?: { satz: string; zeitraeume: Zeitraum[] } }
  /** Bremerhaven: the Trägerbudget pays the Hilfe itself; only what lies outside the budget is invoiced. */
  | { art: 'traegerbudget' };

/**
 * An amount billed beside the rate or the budget, as its own invoice line: D.8 "individuelle Zusatzleistungen"
 * agreed in the Hilfeplan, Bremerhaven "Sonderbedarfe, die sich aus dem Rechtsanspruch des § 39 SGB VIII
 * ergeben". Billed in the month of its `datum`, with the Jugendamt's approval reference.
 */
export interface Zusatzleistung {
  datum: string;
  text: string;
  /** Two-place decimal string above 0. */
  betrag: string;
  /** The Jugendamt's approval (Hilfeplan, Bescheid) of this very amount. */
  genehmigung: string;
}

/** Closed interval of days; `bis: null` means open-ended. */
export interface Zeitraum {
  von: string;
  bis: string | null;
}

/** One granted measure as billing needs it. */
export interface AbrechnungsHilfe {
  id: string;
  aktenzeichenJugendamt: string;
  /** The Jugendamt's grant reference (Bescheid / Kostenzusage). */
  bewilligung: string;
  beginn: string;
  ende: string | null;
  entgelt: Entgelt;
  zusatzleistungen?: Zusatzleistung[];
}

export type Eintragsart = 'direkt' | 'indirekt';

/** One documented stretch of work for one Hilfe (or none: fallunspezifisch). */
export interface Leistungseintrag {
  hilfeId: string | null;
  datum: string;
  minuten: number;
  art: Eintragsart;
}

/** A group offer (fallübergreifend): one stretch of work shared by several Hilfen. */
export interface Gruppeneintrag {
  hilfeIds: string[];
  datum: string;
  minuten: number;
  art: Eintragsart;
}

export interface RechnungsPosition {
  hilfeId: string;
  aktenzeichenJugendamt: string;
  bewilligung: string;
  zeitraumVon: string;
  zeitraumBis: string;
  menge: number;
  einheit: string;
  /** UN/ECE Rec. 20 code of the unit: HUR hours, DAY days, MON months (XRechnung BT-130). */
  einheitCode: 'HUR' | 'DAY' | 'MON' | 'C62';
  /**
   * How many units the rate is for, when not one (XRechnung BT-149): a Monatspauschale billed for part of a
   * month is `tage` days at the rate per `basismenge` days of the month, so quantity × rate ÷ basismenge
   * multiplies out to the amount.
   */
  basismenge?: number;
  satz: string;
  betrag: string;
  /** Set on the line of a Zusatzleistung: its text; `bewilligung` then carries its approval reference. */
  zusatz?: string;
}
