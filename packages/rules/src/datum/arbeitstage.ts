import type { Temporal } from 'temporal-polyfill';
import type { Bundesland } from './feiertage.ts';
import { istFeiertag } from './feiertage.ts';
import { jahrestabelle, lage } from './jahrestabelle.ts';
import { plusTage } from './kalender.ts';

/** ISO weekday from the year table: the polyfill computes `dayOfWeek` from epoch days on every call. */
function wochentag(d: Temporal.PlainDate): number {
  const l = lage(d);
  return jahrestabelle(l >> 9).wochentag[l & 511];
}

/** Working day: Monday–Friday and not a public holiday of the Land. */
export function istArbeitstag(d: Temporal.PlainDate, land: Bundesland): boolean {
  return wochentag(d) <= 5 && !istFeiertag(d, land);
}

/** Werktag (German legal usage): Monday–Saturday and not a public holiday of the Land. */
export function istWerktag(d: Temporal.PlainDate, land: Bundesland): boolean {
  return wochentag(d) <= 6 && !istFeiertag(d, land);
}

/** Which days a count of days skips: Werktage (Mon–Sat) or Arbeitstage (Mon–Fri), each without holidays. */
export type Tagesart = 'werktag' | 'arbeitstag';

function zaehlt(d: Temporal.PlainDate, land: Bundesland, art: Tagesart): boolean {
  return art === 'werktag' ? istWerktag(d, land) : istArbeitstag(d, land);
}

/** Forward shift (§ 193 BGB, § 26 (3) SGB X): a day that is not a working day moves to the next working day. */
export function verschiebeVorwaerts(d: Temporal.PlainDate, land: Bundesland): Temporal.PlainDate {
  let tag = d;
  while (!istArbeitstag(tag, land)) tag = plusTage(tag, 1);
  return tag;
}

/** Backward shift: a day that is not a working day moves to the previous working day ("at least … before"). */
export function verschiebeRueckwaerts(d: Temporal.PlainDate, land: Bundesland): Temporal.PlainDate {
  let tag = d;
  while (!istArbeitstag(tag, land)) tag = plusTage(tag, -1);
  return tag;
}

/**
 * The n-th Werktag (or Arbeitstag) after day e — e itself does not count (§ 187 (1) BGB).
 * @example nterWerktagNach(Do 10.04.2025, 7, 'HB') → Sa 19.04.2025 (skips Sunday 13.04. and Karfreitag 18.04.)
 */
export function nterWerktagNach(
  e: Temporal.PlainDate,
  n: number,
  land: Bundesland,
  art: Tagesart = 'werktag',
): Temporal.PlainDate {
  let tag = e;
  let gezaehlt = 0;
  while (gezaehlt < n) {
    tag = plusTage(tag, 1);
    if (zaehlt(tag, land, art)) gezaehlt += 1;
  }
  return tag;
}
