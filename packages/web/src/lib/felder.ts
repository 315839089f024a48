import type { UseFormReturnType } from '@mantine/form';
import { ApiFehler } from '../api/client';

/**
 * Puts the server's per-field messages (`felder`) next to the fields of the form. Returns what cannot
 * be shown at a field — the general message plus messages for fields the form does not have.
 */
export function zeigeServerfehler<T extends Record<string, unknown>>(
  form: UseFormReturnType<T>,
  fehler: unknown,
  bekannteFelder: string[],
): string[] {
  if (!(fehler instanceof ApiFehler)) {
    return [
      'Die Verbindung zum Server ist fehlgeschlagen. Ihre Eingaben sind erhalten; bitte versuchen Sie es erneut.',
    ];
  }
  const amFeld: Record<string, string> = {};
  const uebrig: string[] = [];
  for (const [feld, meldung] of Object.entries(fehler.felder)) {
    const wurzel = feld.split('.')[0] ?? feld;
    if (bekannteFelder.includes(wurzel)) amFeld[feld] = meldung;
    else uebrig.push(meldung);
  }
  form.setErrors(amFeld);
  if (Object.keys(amFeld).length === 0 || uebrig.length > 0) uebrig.unshift(fehler.message);
  return uebrig;
}
