/**
 * The one German date formatter. Its own module without Temporal, so the web application's first load carries
 * only these few lines; `./tag.ts` re-exports it beside the calendar arithmetic.
 */

const ISO_ANFANG = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The German form TT.MM.JJJJ of an ISO day or timestamp (`2025-01-31` → `31.01.2025`), read from the text so
 * no time zone can move the day; `–` for no date, and any other text unchanged rather than garbled.
 */
export function datumDe(iso: string | null | undefined): string {
  if (!iso) return '–';
  const teile = ISO_ANFANG.exec(iso);
  return teile ? `${teile[3]}.${teile[2]}.${teile[1]}` : iso;
}

/** The German month names, January first. */
export const MONATSNAMEN = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
] as const;

const wochentagZeit = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  weekday: 'short',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A point in time as people in Germany read a rota: "Mo., 02.11.2026, 18:00" (Berlin time). */
export function wochentagZeitDe(iso: string): string {
  return wochentagZeit.format(new Date(iso));
}
