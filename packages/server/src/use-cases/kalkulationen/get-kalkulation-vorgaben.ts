import type { Kontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { type Eingabevorgaben, eingabevorgaben } from './intern/eingabe-felder.ts';

/** The form's fields for a Leistung, Variante and Stichtag: defaults and ranges from the catalogue. */
export function getKalkulationVorgaben(
  k: Kontext,
  wahl: { leistung: string; variante?: string | null; stichtag: string },
): Eingabevorgaben {
  requireAccess(k, 'kalkulation', 'lesen');
  return eingabevorgaben(wahl.leistung, wahl.variante ?? null, wahl.stichtag);
}
