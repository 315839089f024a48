import { plusTage } from '@hilfewerk/rules/tag';
import ical, { ICalEventTransparency } from 'ical-generator';

export interface KalenderFrist {
  /** Stable id of the deadline, so a calendar updates the event instead of adding another. */
  uid: string;
  /** Due date, ISO. */
  faellig: string;
  /** The case's file number — never a person's name, since calendars leave the system. */
  aktenzeichen: string;
  /** The rule's label, e.g. "Handlungsplan an das Jugendamt". */
  regel: string;
  /** The clause, e.g. "Trägerbudget Bremerhaven, Nr. 4.2". */
  quelle: string;
}

/**
 * The deadline feed (iCalendar) a staff member subscribes to: one all-day event per
 * deadline, titled "<Aktenzeichen>: <Regel>", with the clause in the description.
 * It carries no personal data: calendar apps sync to third-party servers.
 */
export function erzeugeFristenKalender(
  fristen: readonly KalenderFrist[],
  name: string,
  optionen: { erzeugtAm?: Date } = {},
): string {
  const kalender = ical({ name, prodId: { company: 'Hilfewerk', product: 'Fristen', language: 'DE' } });
  for (const f of fristen) {
    kalender.createEvent({
      id: f.uid,
      start: new Date(`${f.faellig}T00:00:00Z`),
      end: new Date(`${plusTage(f.faellig, 1)}T00:00:00Z`),
      allDay: true,
      summary: `${f.aktenzeichen}: ${f.regel}`,
      description: `Frist: ${f.regel}\nQuelle: ${f.quelle}`,
      // A deadline is a reminder, not an appointment: it must not block free/busy time.
      transparency: ICalEventTransparency.TRANSPARENT,
      ...(optionen.erzeugtAm ? { stamp: optionen.erzeugtAm } : {}),
    });
  }
  return kalender.toString();
}
