/** State of a deadline in the words the application shows (docs/regeln.md, Fristen einer Hilfe). */
export type Friststatus = 'offen' | 'erledigt' | 'ueberfaellig' | 'entfallen';

export interface FriststatusEingabe {
  /** ISO due date; null while the event has no date ("offen ohne Datum", never overdue). */
  readonly faellig: string | null;
  readonly erledigtAm?: string | null;
  readonly entfallen?: boolean;
  /** Today as ISO date — passed in, so the function stays pure. */
  readonly heute: string;
  /** "kurzfristig": the event became known after the due date, so the deadline cannot count as missed. */
  readonly hinweis?: 'kurzfristig' | null;
}

/**
 * The state of one deadline. Overdue only from the day after the due date; a deadline marked `kurzfristig`
 * stays open (KIJU: the report is owed only if the HPG date was known in time).
 */
export function fristStatus({
  faellig,
  erledigtAm,
  entfallen,
  heute,
  hinweis,
}: FriststatusEingabe): Friststatus {
  if (entfallen) return 'entfallen';
  if (erledigtAm) return 'erledigt';
  // ISO dates compare correctly as text.
  if (faellig !== null && hinweis !== 'kurzfristig' && heute > faellig) return 'ueberfaellig';
  return 'offen';
}
