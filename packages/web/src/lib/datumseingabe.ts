/**
 * What a typed date means. A date field hands its form an ISO date (YYYY-MM-DD) when the text is a
 * real calendar day, null when it is empty — and the text itself when it is not a date, so the form
 * keeps what was typed (and its draft), and the form's check names the mistake instead of erasing it.
 */
import { MONATSNAMEN, parseDatum } from './format';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const FORM = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/;

export const DATUM_FEHLT = 'Bitte geben Sie das Datum im Format TT.MM.JJJJ ein.';

export function istIsoDatum(wert: unknown): wert is string {
  return typeof wert === 'string' && ISO.test(wert) && parseDatum(alsText(wert)) === wert;
}

/** The field's value for a typed text: ISO date, null (empty) or the text as typed. */
export function wertAusText(text: string): string | null {
  if (text.trim() === '') return null;
  return parseDatum(text) ?? text;
}

/** The text a field shows for a value: TT.MM.JJJJ for an ISO date, anything else as it is. */
export function alsText(wert: string | null | undefined): string {
  if (!wert) return '';
  const teile = ISO.test(wert) ? wert.split('-') : null;
  return teile ? `${teile[2]}.${teile[1]}.${teile[0]}` : wert;
}

/**
 * The German message for a field value that is not a usable date, or null. Says what is wrong
 * ("Den 31.02.2026 gibt es nicht: der Februar 2026 hat 28 Tage.") and how to write it.
 */
export function datumFehler(wert: unknown, pflicht = false): string | null {
  if (wert === null || wert === undefined || wert === '') return pflicht ? DATUM_FEHLT : null;
  if (istIsoDatum(wert)) return null;
  const text = String(wert).trim();
  const teile = FORM.exec(text);
  if (!teile) {
    return `„${text}“ ist kein Datum. Bitte geben Sie es im Format TT.MM.JJJJ ein, z. B. 05.03.2026.`;
  }
  const [monat, jahr] = [Number(teile[2]), Number(teile[3])];
  if (monat < 1 || monat > 12) {
    return `Den Monat ${teile[2]} gibt es nicht: Der Monat ist eine Zahl von 1 bis 12 (TT.MM.JJJJ).`;
  }
  const tage = new Date(Date.UTC(jahr, monat, 0)).getUTCDate();
  return `Den ${text} gibt es nicht: Der ${MONATSNAMEN[monat - 1]} ${jahr} hat ${tage} Tage. Bitte prüfen Sie den Tag.`;
}

/** Today in Germany, ISO — the day the user means, whatever the computer's time zone. */
export function heuteIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
}
