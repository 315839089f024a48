import { isoDatum, leseIsoDatum, monatsende, plusMonate } from '@hilfewerk/rules';

/**
 * The demo tells the story of November 2026: Hilfen that run, deadlines just past and just ahead, hours up
 * to the end of October and October open to close. Loaded in a later month, every date moves on by whole
 * months, so the story stays the same: deadlines are still ahead, the Hilfen still run, last month is still
 * open. Weekdays and holidays move with the calendar — the demo is fiction, not a fixture.
 */
export const DEMO_MONAT = '2026-11';

/** Whole months from the demo's month to the month of `heute` (negative before it). */
export function demoVerschiebung(heute: string): number {
  const monate = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
  return monate(heute) - monate(DEMO_MONAT);
}

/**
 * A demo date moved by `monate` months: the same day number, and a month's last day stays the last day
 * (30.11. → 31.12.), so periods that end at a month's end keep doing so.
 */
export function verschiebeDemoDatum(iso: string, monate: number): string {
  if (monate === 0) return iso;
  const d = leseIsoDatum(iso);
  if (!d) throw new Error(`Demodaten: ${iso} ist kein Datum.`);
  const ziel = plusMonate(d, monate);
  return isoDatum(monatsende(d).equals(d) ? monatsende(ziel) : ziel);
}
