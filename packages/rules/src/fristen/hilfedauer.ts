import type { Temporal } from 'temporal-polyfill';
import { formatiereDatum, isoDatum, leseIsoDatum, periodenende, vergleicheDatum } from '../datum/kalender.ts';
import { EingabeFehler } from '../fehler.ts';
import type { Hilfe } from './eingabe.ts';
import { fristenkataloge, type Hilfedauer } from './regeln.ts';

/** Answer of {@link pruefeHilfeende}: may the Hilfe end then, and what is the latest allowed end. */
export interface Hilfeendepruefung {
  readonly zulaessig: boolean;
  /** Latest allowed end with the justification as given; null when the Leistung has no limit. */
  readonly spaetestesEnde: string | null;
  /** Latest allowed end in a justified exception; null when the Leistung has no limit. */
  readonly spaetestesEndeMitBegruendung: string | null;
  /** Why the end is refused (German, names the clause); null when allowed. */
  readonly meldung: string | null;
  readonly quelle: string | null;
}

/** Latest allowed end: the last day of the allowed number of months from the first day of the Hilfe. */
export function spaetestesHilfeende(
  dauer: Hilfedauer,
  beginn: Temporal.PlainDate,
  mitBegruendung: boolean,
): Temporal.PlainDate {
  return periodenende(beginn, mitBegruendung ? dauer.monateMitBegruendung : dauer.monate);
}

function meldung(
  dauer: Hilfedauer,
  beginn: Temporal.PlainDate,
  ende: Temporal.PlainDate,
  mitBegruendung: boolean,
): string | null {
  const regel = spaetestesHilfeende(dauer, beginn, false);
  const ausnahme = spaetestesHilfeende(dauer, beginn, true);
  const geplant = formatiereDatum(ende);
  if (vergleicheDatum(ende, ausnahme) > 0) {
    return (
      `${dauer.klausel}: Die Hilfe darf höchstens ${dauer.monateMitBegruendung} Monate dauern, auch im begründeten ` +
      `Ausnahmefall; eine Verlängerung darüber hinaus ist nicht zulässig. Das geplante Ende ${geplant} liegt nach dem ` +
      `spätesten zulässigen Ende ${formatiereDatum(ausnahme)} (Hilfebeginn ${formatiereDatum(beginn)}).`
    );
  }
  if (!mitBegruendung && vergleicheDatum(ende, regel) > 0) {
    return (
      `${dauer.klausel}: Die Hilfe ist auf ${dauer.monate} Monate befristet. Das geplante Ende ${geplant} liegt nach ` +
      `dem spätesten zulässigen Ende ${formatiereDatum(regel)} (Hilfebeginn ${formatiereDatum(beginn)}). Nur mit ` +
      `Begründung eines Ausnahmefalls (ausnahmeBegruendung) ist ein Ende bis ${formatiereDatum(ausnahme)} zulässig.`
    );
  }
  return null;
}

/** Refuses a Hilfe whose planned end exceeds its Leistung's limit (LT 11 Abschnitt 7); used while reading input. */
export function pruefeHilfedauer(hilfe: Hilfe): void {
  const dauer = hilfe.katalog.hilfedauer;
  if (!dauer || !hilfe.geplantesEnde) return;
  const text = meldung(
    dauer,
    hilfe.hilfebeginn,
    hilfe.geplantesEnde,
    hilfe.ausnahmeBegruendung !== undefined,
  );
  if (text) throw new EingabeFehler(text, 'geplantesEnde');
}

function datum(feld: string, wert: string): Temporal.PlainDate {
  const d = leseIsoDatum(wert);
  if (!d) throw new EingabeFehler(`${feld}: „${wert}“ ist kein gültiges Datum im Format JJJJ-MM-TT.`, feld);
  return d;
}

/**
 * Checks a planned end date against the Leistung's duration limit, for the API before it stores an end
 * (also an extension of an already extended Hilfe: the limit counts from `beginn`, whatever was planned before).
 * @param begruendung the recorded justification of an exception; null, undefined or blank means none.
 * @example pruefeHilfeende('lt11-nachbetreuung', '2025-01-15', '2025-04-15', null)
 *   → { zulaessig: false, spaetestesEnde: '2025-04-14', spaetestesEndeMitBegruendung: '2025-07-14', … }
 */
export function pruefeHilfeende(
  leistung: string,
  beginn: string,
  geplantesEnde: string | null | undefined,
  begruendung: string | null | undefined,
): Hilfeendepruefung {
  const katalog = fristenkataloge().get(leistung);
  if (!katalog) {
    throw new EingabeFehler(
      `leistung: unbekannte Leistung „${leistung}“. Erlaubt: ${[...fristenkataloge().keys()].join(', ')}.`,
      'leistung',
    );
  }
  const start = datum('hilfebeginn', beginn);
  const ende = geplantesEnde ? datum('geplantesEnde', geplantesEnde) : undefined;
  if (ende && vergleicheDatum(ende, start) < 0) {
    throw new EingabeFehler(
      'geplantesEnde: Das geplante Ende liegt vor dem Hilfebeginn; es muss am oder nach dem Hilfebeginn liegen.',
      'geplantesEnde',
    );
  }
  const dauer = katalog.hilfedauer;
  if (!dauer) {
    return {
      zulaessig: true,
      spaetestesEnde: null,
      spaetestesEndeMitBegruendung: null,
      meldung: null,
      quelle: null,
    };
  }
  const mitBegruendung = Boolean(begruendung?.trim());
  const text = ende ? meldung(dauer, start, ende, mitBegruendung) : null;
  return {
    zulaessig: text === null,
    spaetestesEnde: isoDatum(spaetestesHilfeende(dauer, start, mitBegruendung)),
    spaetestesEndeMitBegruendung: isoDatum(spaetestesHilfeende(dauer, start, true)),
    meldung: text,
    quelle: dauer.quelle,
  };
}
