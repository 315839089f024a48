/** Calendar arithmetic of the month view, on ISO date strings in UTC (no time zone can shift a day). */
import { plusTage } from '@hilfewerk/rules/tag';

const tag = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "2026-11" → the weeks (Monday–Sunday) that show the month, as 7-day rows of ISO dates. */
export function monatsraster(monat: string): string[][] {
  const erster = `${monat}-01`;
  const wochentag = (tag(erster).getUTCDay() + 6) % 7; // 0 = Monday
  let d = plusTage(erster, -wochentag);
  const wochen: string[][] = [];
  do {
    const woche: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      woche.push(d);
      d = plusTage(d, 1);
    }
    wochen.push(woche);
  } while (d.slice(0, 7) === monat);
  return wochen;
}

export function plusMonate(monat: string, n: number): string {
  const [j, m] = monat.split('-').map(Number);
  const gesamt = j * 12 + (m - 1) + n;
  return `${Math.floor(gesamt / 12)}-${String((gesamt % 12) + 1).padStart(2, '0')}`;
}

const monatsnamen = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
export const monatsname = (monat: string) => monatsnamen.format(tag(`${monat}-01`));

/** Valid "JJJJ-MM" or undefined. */
export function leseMonat(wert: unknown): string | undefined {
  return typeof wert === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(wert) ? wert : undefined;
}
