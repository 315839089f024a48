import { isoDatum, leseIsoDatum, monatsende, plusMonate } from '@hilfewerk/rules';

/**
 * The demo tells the story as of 25.11.2026: Hilfen that run, deadlines just past and just ahead, hours up
 * to the end of October and October open to close. Loaded later, every date moves on by whole months — as
 * many as make the story's day the latest 25th on or before the day of loading — so what happened still lies
 * in the past, the Hilfen still run and a past month is still open, however late the demo is loaded.
 * Weekdays and holidays move with the calendar: the demo is fiction, not a fixture.
 */
export const DEMO_TAG = '2026-11-25';

/** Whole months from the demo's day to the latest 25th on or before `heute` (negative before the demo's day). */
export function demoVerschiebung(heute: string): number {
  const monate = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
  const vorDemTag = Number(heute.slice(8, 10)) < Number(DEMO_TAG.slice(8, 10)) ? 1 : 0;
  return monate(heute) - monate(DEMO_TAG) - vorDemTag;
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
