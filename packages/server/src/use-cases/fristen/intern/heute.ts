const berlin = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const ISO_TAG = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The fixed business day from `HILFEWERK_HEUTE`, for the automated tests only (they speak of fixed
 * months); undefined when unset. `hilfewerk serve` refuses to start with it: invoice numbers and
 * monthly closes must follow the real calendar.
 * @throws when it is set but not a date `JJJJ-MM-TT` — a wrong "today" must not go unnoticed.
 */
export function festerStichtag(): string | undefined {
  const wert = process.env.HILFEWERK_HEUTE;
  if (!wert) return undefined;
  // The round trip refuses days that do not exist: Date.parse('2026-02-31') is 3 March, not NaN.
  const tag = ISO_TAG.test(wert) ? new Date(`${wert}T00:00:00Z`) : undefined;
  if (!tag || Number.isNaN(tag.getTime()) || tag.toISOString().slice(0, 10) !== wert) {
    throw new Error(`HILFEWERK_HEUTE „${wert}“ ist kein Datum im Format JJJJ-MM-TT.`);
  }
  return wert;
}

/**
 * Today in Germany as `YYYY-MM-DD`. Deadlines are calendar days of German offices: a server in UTC must not
 * call a deadline overdue at 00:30 Berlin time a day late (or early). Without an argument, a fixed
 * `HILFEWERK_HEUTE` wins; with one, the given moment is converted as it is.
 */
export function heute(jetzt?: Date): string {
  if (jetzt === undefined) {
    const fest = festerStichtag();
    if (fest) return fest;
  }
  return berlin.format(jetzt ?? new Date());
}
