/** Display formats of the German UI: dates TT.MM.JJJJ, amounts "1.234,50 €". */

const DEUTSCHES_DATUM = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/;

/** "2026-01-15" → "15.01.2026": the one German date formatter, shared with the server's documents. */
export { datumDe as formatDatum, MONATSNAMEN, wochentagZeitDe } from '@hilfewerk/rules/datum-de';

/** "15.1.2026" → "2026-01-15"; null for anything that is not a real calendar day. */
export function parseDatum(text: string): string | null {
  const treffer = DEUTSCHES_DATUM.exec(text);
  if (!treffer) return null;
  const [tag, monat, jahr] = [Number(treffer[1]), Number(treffer[2]), Number(treffer[3])];
  const probe = new Date(Date.UTC(jahr, monat - 1, tag));
  if (probe.getUTCFullYear() !== jahr || probe.getUTCMonth() !== monat - 1 || probe.getUTCDate() !== tag)
    return null;
  return `${String(jahr).padStart(4, '0')}-${String(monat).padStart(2, '0')}-${String(tag).padStart(2, '0')}`;
}

const zeitpunktFormat = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
});

/** A timestamp as German users read it, in German local time: "15.01.2026, 14:03". */
export function formatZeitpunkt(iso: string | null | undefined): string {
  if (!iso) return '–';
  const datum = new Date(iso);
  return Number.isNaN(datum.getTime()) ? iso : zeitpunktFormat.format(datum);
}

const betragFormat = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });

/** 1234.5 or "1234.50" → "1.234,50 €". Strings keep the server's decimal value until display. */
export function formatBetrag(betrag: number | string): string {
  return betragFormat.format(typeof betrag === 'string' ? Number(betrag) : betrag);
}

const zahlFormat = new Intl.NumberFormat('de-DE');

export function formatZahl(zahl: number): string {
  return zahlFormat.format(zahl);
}

const QUARTAL = /^(\d{4})-Q([1-4])$/;

/** "2025-Q1" (the API's quarter key) → "1. Quartal 2025", the one form the screens use. */
export function formatQuartal(quartal: string): string {
  const treffer = QUARTAL.exec(quartal);
  return treffer ? `${treffer[2]}. Quartal ${treffer[1]}` : quartal;
}

const tagFormat = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' });

/** The German calendar day of a timestamp: "2026-11-25T10:00:00Z" → "25.11.2026". */
export function formatTagVon(iso: string): string {
  const datum = new Date(iso);
  return Number.isNaN(datum.getTime()) ? iso : tagFormat.format(datum);
}

/** A file size for people: „830 Byte“, „12 KB“, „1,2 MB“ (base 1024, one decimal from MB on). */
export function formatDateigroesse(bytes: number): string {
  if (bytes < 1024) return `${bytes} Byte`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb.toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}
