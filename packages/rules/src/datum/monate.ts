import type { Temporal } from 'temporal-polyfill';

/** Same day number n months later; where that month is shorter, its last day (docs/regeln.md). */
export function plusMonate(datum: Temporal.PlainDate, n: number): Temporal.PlainDate {
  return datum.add({ months: n }, { overflow: 'constrain' });
}

/**
 * Last day of an n-month period beginning with day `start` (§ 187 (2), § 188 (2), (3) BGB):
 * the day before the same day number n months later, or the clamped month end itself.
 */
export function periodenende(start: Temporal.PlainDate, n: number): Temporal.PlainDate {
  const spaeter = plusMonate(start, n);
  return spaeter.day !== start.day ? spaeter : spaeter.subtract({ days: 1 });
}
