import type { Ereignis } from '@hilfewerk/api';

/** Newest first by date of the event; same day: the one recorded later first. */
export function sortiereEreignisse(ereignisse: Ereignis[]): Ereignis[] {
  return [...ereignisse].sort(
    (a, b) => b.datum.localeCompare(a.datum) || (b.erfasstAm ?? '').localeCompare(a.erfasstAm ?? ''),
  );
}
