import { periodenende } from '@hilfewerk/rules/tag';
import Decimal from 'decimal.js';
import { BUCHUNGSSTAPEL_SPALTEN } from './datev-spalten.ts';
import type { Kaeufer, Rechnung } from './rechnung.ts';
import { windows1252 } from './windows-1252.ts';

/** Settings of the provider's bookkeeping (from its tax adviser). */
export interface DatevEinstellungen {
  /** Beraternummer (1001–9999999). */
  beraterNr: number;
  /** Mandantennummer (1–99999). */
  mandantNr: number;
  /** First day of the fiscal year, ISO (e.g. "2025-01-01"). */
  wjBeginn: string;
  /** Length of G/L accounts (4–8); debtor accounts have one digit more. */
  sachkontenlaenge: number;
  /** Revenue account for VAT-exempt services (e.g. SKR 03 8100 / SKR 04 4100). */
  erloesKonto: string;
  /** Debtor account of a Jugendamt. */
  debitorKonto: (kaeufer: Kaeufer) => string;
  /** Kontenrahmen in the header, e.g. "03" or "04". @default "03" */
  kontenrahmen?: string;
  /** Label of the batch (max. 30 characters). @default "Rechnungen <von>–<bis>" */
  bezeichnung?: string;
  /** Creation time stamp in the header. @default now */
  erzeugtAm?: Date;
}

const CRLF = '\r\n';

/** Belegfeld 1 may only hold these characters, at most 36 (DATEV-Format, Buchungsstapel). */
const BELEGFELD1 = /^[A-Za-z0-9$&%*+\-/]{1,36}$/;

/** `"Text"` with inner quotes doubled and no line breaks, as DATEV requires of text fields. */
function textfeld(wert: string, maxLaenge?: number): string {
  const bereinigt = wert.replace(/[\r\n\t]+/g, ' ').slice(0, maxLaenge);
  return `"${bereinigt.replace(/"/g, '""')}"`;
}

function ohneStriche(iso: string): string {
  return iso.slice(0, 10).replace(/-/g, '');
}

/** YYYYMMDDHHMMSSFFF in UTC. */
function zeitstempel(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:TZ.]/g, '')
    .slice(0, 17);
}

/**
 * The month's invoices as a DATEV Buchungsstapel (EXTF, format version 700), for the
 * provider's tax adviser: one booking per invoice — debtor to VAT-exempt revenue, a credit
 * note the other way — in Windows-1252 with CRLF, as DATEV Rechnungswesen imports it.
 */
export function erzeugeDatevBuchungsstapel(rechnungen: readonly Rechnung[], e: DatevEinstellungen): Buffer {
  pruefeEinstellungen(rechnungen, e);
  const daten = rechnungen.map((r) => r.datum).sort();
  const von = daten[0];
  const bis = daten[daten.length - 1];
  const bezeichnung =
    e.bezeichnung ??
    `Rechnungen ${von.slice(8, 10)}.${von.slice(5, 7)}.–${bis.slice(8, 10)}.${bis.slice(5, 7)}.${bis.slice(0, 4)}`;

  const kopf = [
    '"EXTF"',
    '700',
    '21',
    '"Buchungsstapel"',
    '13',
    zeitstempel(e.erzeugtAm ?? new Date()),
    '',
    '"RE"',
    '""',
    '""',
    String(e.beraterNr),
    String(e.mandantNr),
    ohneStriche(e.wjBeginn),
    String(e.sachkontenlaenge),
    ohneStriche(von),
    ohneStriche(bis),
    textfeld(bezeichnung, 30),
    '""',
    '1', // Buchungstyp 1 = Finanzbuchführung
    '0', // Rechnungslegungszweck: unabhängig
    '0', // Festschreibung: nein — the adviser reviews the batch first
    '"EUR"',
    '',
    '""',
    '',
    '',
    textfeld(e.kontenrahmen ?? '03'),
    '',
    '',
    '""',
    '""',
  ].join(';');

  const zeilen = [kopf, BUCHUNGSSTAPEL_SPALTEN.join(';'), ...rechnungen.map((r) => buchung(r, e))];
  return windows1252(zeilen.join(CRLF) + CRLF);
}

const spalte = (name: string): number => {
  const i = BUCHUNGSSTAPEL_SPALTEN.indexOf(name);
  if (i < 0) throw new Error(`DATEV-Spalte ${name} unbekannt`);
  return i;
};

function buchung(r: Rechnung, e: DatevEinstellungen): string {
  const felder: string[] = BUCHUNGSSTAPEL_SPALTEN.map(() => '');
  const setze = (name: string, wert: string) => {
    felder[spalte(name)] = wert;
  };
  const art = r.art === 'gutschrift' ? 'Gutschrift' : 'Rechnung';
  setze('Umsatz (ohne Soll/Haben-Kz)', new Decimal(r.summe).toFixed(2).replace('.', ','));
  // Konto is the debtor: an invoice debits it (S), a credit note credits it (H).
  setze('Soll/Haben-Kennzeichen', r.art === 'gutschrift' ? '"H"' : '"S"');
  setze('WKZ Umsatz', '"EUR"');
  setze('Konto', e.debitorKonto(r.kaeufer));
  setze('Gegenkonto (ohne BU-Schlüssel)', e.erloesKonto);
  setze('BU-Schlüssel', '""');
  setze('Belegdatum', `${r.datum.slice(8, 10)}${r.datum.slice(5, 7)}`);
  // OPOS matches bookings of a debtor to an open item by the invoice number in Belegfeld 1: a credit note
  // carries the number of the invoice it corrects there, whole, so DATEV sets it off against that invoice.
  // Its own number stands whole in the booking text and in Zusatzinformation 1 (Belegfeld 2 holds only
  // 12 characters and is left to OPOS' due dates).
  const gutschrift = r.art === 'gutschrift' && r.bezugNummer;
  setze('Belegfeld 1', textfeld(gutschrift ? (r.bezugNummer as string) : r.nummer));
  setze('Belegfeld 2', '""');
  setze(
    'Buchungstext',
    textfeld(
      gutschrift ? `Gutschrift ${r.nummer} zu ${r.bezugNummer}` : `${art} ${r.nummer} ${r.kaeufer.name}`,
      60,
    ),
  );
  if (gutschrift) {
    setze('Zusatzinformation - Art 1', textfeld('Gutschriftnummer'));
    setze('Zusatzinformation- Inhalt 1', textfeld(r.nummer));
  }
  const [j, m, t] = r.leistungszeitraum.bis.split('-');
  setze('Leistungsdatum', `${t}${m}${j}`);
  return felder.join(';');
}

/** Refuses what DATEV would reject on import, with the reason, before writing anything. */
function pruefeEinstellungen(rechnungen: readonly Rechnung[], e: DatevEinstellungen): void {
  const fehler: string[] = [];
  if (rechnungen.length === 0) fehler.push('Keine Rechnungen für den Buchungsstapel.');
  if (!Number.isInteger(e.beraterNr) || e.beraterNr < 1001 || e.beraterNr > 9_999_999) {
    fehler.push(`Beraternummer ${e.beraterNr} liegt außerhalb 1001–9999999.`);
  }
  if (!Number.isInteger(e.mandantNr) || e.mandantNr < 1 || e.mandantNr > 99_999) {
    fehler.push(`Mandantennummer ${e.mandantNr} liegt außerhalb 1–99999.`);
  }
  if (!Number.isInteger(e.sachkontenlaenge) || e.sachkontenlaenge < 4 || e.sachkontenlaenge > 8) {
    fehler.push(`Sachkontenlänge ${e.sachkontenlaenge} liegt außerhalb 4–8.`);
  }
  if (!new RegExp(`^\\d{${e.sachkontenlaenge}}$`).test(e.erloesKonto)) {
    fehler.push(`Erlöskonto ${e.erloesKonto} hat nicht ${e.sachkontenlaenge} Stellen (Sachkontenlänge).`);
  }
  const ende = periodenende(e.wjBeginn, 12);
  for (const r of rechnungen) {
    const debitor = e.debitorKonto(r.kaeufer);
    if (!new RegExp(`^\\d{${e.sachkontenlaenge + 1}}$`).test(debitor)) {
      fehler.push(
        `Debitorenkonto ${debitor} (${r.kaeufer.name}) hat nicht ${e.sachkontenlaenge + 1} Stellen.`,
      );
    }
    if (!BELEGFELD1.test(r.nummer) || (r.bezugNummer && !BELEGFELD1.test(r.bezugNummer))) {
      fehler.push(
        `Rechnungsnummer „${r.nummer}“ passt nicht in Belegfeld 1 (höchstens 36 Zeichen aus A–Z, 0–9, $&%*+-/).`,
      );
    }
    if (r.datum < e.wjBeginn || r.datum > ende) {
      fehler.push(
        `Rechnung ${r.nummer} vom ${r.datum} liegt nicht im Wirtschaftsjahr ${e.wjBeginn} bis ${ende}; je Wirtschaftsjahr ein Stapel.`,
      );
    }
  }
  if (fehler.length > 0) throw new Error(`DATEV-Export nicht möglich: ${fehler.join(' ')}`);
}
