import { Temporal } from 'temporal-polyfill';

/**
 * Calendar days as the API, the database and the forms carry them: ISO strings `JJJJ-MM-TT`. Pure (no I/O, no
 * time zone), so the server, the CLI and the web application share one set instead of each keeping its own.
 * Arithmetic runs on Temporal.PlainDate, which has no time of day that a daylight-saving change could shift.
 */

const ISO_ANFANG = /^(\d{4})-(\d{2})-(\d{2})/;

/** ISO day plus n calendar days (n may be negative). A timestamp counts as its date part. */
export function plusTage(iso: string, n: number): string {
  return Temporal.PlainDate.from(iso.slice(0, 10)).add({ days: n }).toString();
}

/** The Sunday that ends the week (Monday–Sunday) of the ISO day `iso`. */
export function wochenende(iso: string): string {
  const tag = Temporal.PlainDate.from(iso.slice(0, 10));
  return tag.add({ days: 7 - tag.dayOfWeek }).toString();
}

/**
 * The German form TT.MM.JJJJ of an ISO day or timestamp (`2025-01-31` → `31.01.2025`), read from the text so
 * no time zone can move the day; `–` for no date, and any other text unchanged rather than garbled.
 */
export function datumDe(iso: string | null | undefined): string {
  if (!iso) return '–';
  const teile = ISO_ANFANG.exec(iso);
  return teile ? `${teile[3]}.${teile[2]}.${teile[1]}` : iso;
}
