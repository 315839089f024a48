import { plusTage } from '@hilfewerk/rules/tag';
import Decimal from 'decimal.js';

/**
 * One invoice (or credit note) of a provider to a Jugendamt, as every invoice document
 * (PDF, XRechnung, DATEV) reads it. Amounts are two-place decimal strings; a credit
 * note carries positive amounts — the amount credited — and names the invoice it corrects.
 */
export interface Rechnung {
  nummer: string;
  /** Issue date, ISO. */
  datum: string;
  leistungszeitraum: { von: string; bis: string };
  art: 'rechnung' | 'gutschrift';
  /** For a Gutschrift: number of the corrected invoice (required then). */
  bezugNummer?: string;
  /** For a Gutschrift: issue date of the corrected invoice, if known (BT-26). */
  bezugDatum?: string;
  verkaeufer: Verkaeufer;
  kaeufer: Kaeufer;
  positionen: Rechnungsposition[];
  summe: string;
  zahlungszielTage: number;
}

export interface Verkaeufer {
  name: string;
  strasse: string;
  plz: string;
  ort: string;
  land: 'DE';
  steuernummer?: string;
  ustId?: string;
  /** Vereinsregister or Handelsregister entry, e.g. "VR 3456, Amtsgericht Wuppertal" (XRechnung BT-30). */
  registernummer?: string;
  /** Global Location Number of the provider, 13 digits (XRechnung BT-29, scheme 0088). */
  gln?: string;
  iban: string;
  bic?: string;
  kontakt: { name: string; telefon: string; email: string };
}

export interface Kaeufer {
  name: string;
  strasse: string;
  plz: string;
  ort: string;
  land: 'DE';
  /** Leitweg-ID of the Jugendamt (XRechnung BT-10). */
  leitwegId: string;
}

export interface Rechnungsposition {
  hilfeId: string;
  text: string;
  aktenzeichenJugendamt: string;
  bewilligung: string;
  zeitraumVon: string;
  zeitraumBis: string;
  menge: string;
  einheit: string;
  /** UN/ECE Rec. 20 unit (HUR, DAY, MON); invoices stored before it existed derive it from `einheit`. */
  einheitCode?: string;
  /** Units the rate is for, when not one (a Monatspauschale for part of a month: the month's days). */
  basismenge?: string;
  satz: string;
  betrag: string;
  /** On a Gutschrift: the number of the corrected line on the invoice. */
  nr?: number;
}

/** Services of youth welfare providers are VAT-exempt; every document states why. */
export const STEUERBEFREIUNG = 'Steuerfrei gemäß § 4 Nr. 25 UStG';

/** Due date: issue date plus the payment term. */
export function faelligAm(r: Rechnung): string {
  return plusTage(r.datum, r.zahlungszielTage);
}

/**
 * Refuses an invoice no recipient would accept, before any document is made from it:
 * a total that is not the sum of its lines, a credit note without the invoice it
 * corrects, a Leitweg-ID with a wrong check digit.
 */
export function pruefeRechnung(r: Rechnung): void {
  const fehler: string[] = [];
  if (r.positionen.length === 0) fehler.push('Die Rechnung hat keine Position.');
  const summe = r.positionen.reduce((s, p) => s.plus(p.betrag), new Decimal(0));
  if (!summe.equals(r.summe)) {
    fehler.push(`Summe ${r.summe} ist nicht die Summe der Positionen (${summe.toFixed(2)}).`);
  }
  if (r.art === 'gutschrift' && !r.bezugNummer) {
    fehler.push('Eine Gutschrift muss die korrigierte Rechnung nennen (bezugNummer).');
  }
  if (!r.verkaeufer.steuernummer && !r.verkaeufer.ustId) {
    fehler.push(
      'Der Träger braucht eine Steuernummer oder USt-IdNr. (§ 14 Abs. 4 UStG; XRechnung BR-DE-16).',
    );
  }
  if (!leitwegIdGueltig(r.kaeufer.leitwegId)) {
    fehler.push(
      `Leitweg-ID „${r.kaeufer.leitwegId}“ ist ungültig: erwartet Grobadressierung-[Feinadressierung-]Prüfziffer mit gültiger Prüfziffer (Leitweg-ID-Formatspezifikation, ISO 7064 Mod 97-10).`,
    );
  }
  if (fehler.length > 0) throw new Error(`Rechnung ${r.nummer}: ${fehler.join(' ')}`);
}

/**
 * What a newly written invoice must also meet for the e-invoice portals: a seller identifier and lines
 * that multiply out. Stored invoices are rendered with `pruefeRechnung` only, so that one written before
 * these checks stays downloadable exactly as it was sent.
 */
export function pruefeNeueRechnung(r: Rechnung): void {
  pruefeRechnung(r);
  const kennung = verkaeuferKennungFehlt(r.verkaeufer);
  const fehler = [...(kennung ? [kennung] : []), ...mengeMalPreisFehler(r)];
  if (fehler.length > 0) throw new Error(`Rechnung ${r.nummer}: ${fehler.join(' ')}`);
}

/**
 * Lines whose quantity × price (÷ base quantity) is not their amount, to within the cent EN 16931 allows
 * (PEPPOL-EN16931-R120).
 */
export function mengeMalPreisFehler(r: Rechnung): string[] {
  return r.positionen.flatMap((p, i) => {
    const soll = new Decimal(p.menge).times(p.satz).div(p.basismenge ?? 1);
    if (soll.minus(p.betrag).abs().lte('0.01')) return [];
    const basis = p.basismenge ? ` ÷ ${p.basismenge}` : '';
    return [
      `Position ${i + 1}: ${p.menge} × ${p.satz}${basis} ergibt nicht ${p.betrag} (EN 16931: Menge × Preis = Betrag).`,
    ];
  });
}

/**
 * A portal identifies the seller by its GLN, its register entry or its USt-IdNr. (EN 16931 BR-CO-26); the
 * Steuernummer alone does not count. Returns the German refusal, or undefined when one is there.
 */
export function verkaeuferKennungFehlt(v: Pick<Verkaeufer, 'gln' | 'registernummer' | 'ustId'>) {
  if (v.gln?.trim() || v.registernummer?.trim() || v.ustId?.trim()) return undefined;
  return 'Der Träger braucht für E-Rechnungen eine Registernummer (Vereins- oder Handelsregister), eine USt-IdNr. oder eine GLN: die Steuernummer allein identifiziert ihn nicht (EN 16931, Regel BR-CO-26); ohne sie weist das Rechnungsportal des Jugendamts die Rechnung ab.';
}

/**
 * Leitweg-ID: 2–12 digits, optionally up to 30 letters/digits, then two check digits;
 * valid when the whole, letters as 10–35, is 1 modulo 97 (ISO/IEC 7064 Mod 97-10).
 */
export function leitwegIdGueltig(id: string): boolean {
  if (!/^[0-9]{2,12}(-[0-9A-Za-z]{1,30})?-[0-9]{2}$/.test(id)) return false;
  const ziffern = id
    .replace(/-/g, '')
    .toUpperCase()
    .replace(/[A-Z]/g, (b) => String(b.charCodeAt(0) - 55));
  return BigInt(ziffern) % 97n === 1n;
}
