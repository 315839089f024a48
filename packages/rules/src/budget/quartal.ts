import { Temporal } from 'temporal-polyfill';

/** A calendar quarter, e.g. `2025-Q4`; `index` counts quarters so that consecutive quarters differ by 1. */
export interface Kalenderquartal {
  label: string;
  jahr: number;
  nummer: 1 | 2 | 3 | 4;
  index: number;
  beginn: Temporal.PlainDate;
  ende: Temporal.PlainDate;
}

export const quartalMuster = /^(\d{4})-Q([1-4])$/;

export function alsQuartal(label: string): Kalenderquartal | undefined {
  const treffer = quartalMuster.exec(label);
  if (!treffer) return undefined;
  const jahr = Number(treffer[1]);
  const nummer = Number(treffer[2]) as 1 | 2 | 3 | 4;
  const beginn = Temporal.PlainDate.from({ year: jahr, month: nummer * 3 - 2, day: 1 });
  const ende = beginn.add({ months: 3 }).subtract({ days: 1 });
  return { label, jahr, nummer, index: jahr * 4 + nummer - 1, beginn, ende };
}

/** Both periods are closed intervals of days; a quarter counts when it shares at least one day with the budget. */
export function ueberschneidet(
  q: Kalenderquartal,
  beginn: Temporal.PlainDate,
  ende: Temporal.PlainDate,
): boolean {
  return Temporal.PlainDate.compare(q.beginn, ende) <= 0 && Temporal.PlainDate.compare(q.ende, beginn) >= 0;
}
