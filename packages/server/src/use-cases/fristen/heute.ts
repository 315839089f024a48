const berlin = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const ISO_TAG = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The fixed business day from `HILFEWERK_HEUTE`, for tests and training installations whose demo
 * data must stay meaningful on any calendar day; undefined when unset.
 * @throws when it is set but not a date `JJJJ-MM-TT` — a wrong "today" must not go unnoticed.
 */
export function festerStichtag(): string | undefined {
  const wert = process.env.HILFEWERK_HEUTE;
  if (!wert) return undefined;
  if (!ISO_TAG.test(wert) || Number.isNaN(Date.parse(`${wert}T00:00:00Z`))) {
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

/** ISO day plus n calendar days (n may be negative), in UTC so no daylight-saving change shifts it. */
export function plusTage(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The Sunday that ends the ISO week (Monday–Sunday) of `iso`. */
export function wochenende(iso: string): string {
  const wochentag = new Date(`${iso}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return plusTage(iso, wochentag === 0 ? 0 : 7 - wochentag);
}
