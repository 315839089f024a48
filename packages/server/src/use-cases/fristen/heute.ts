const berlin = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today in Germany as `YYYY-MM-DD`. Deadlines are calendar days of German offices: a server in UTC must not
 * call a deadline overdue at 00:30 Berlin time a day late (or early).
 */
export function heute(jetzt: Date = new Date()): string {
  return berlin.format(jetzt);
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
