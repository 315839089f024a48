import { EingabeFehler } from '@hilfewerk/rules';
import type { Kontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { Ungueltig } from '../../fehler.ts';
import { type Eingabevorgaben, eingabevorgaben } from './eingabe-felder.ts';

/** The form's fields for a Leistung, Variante and Stichtag: defaults and ranges from the catalogue. */
export function getKalkulationVorgaben(
  k: Kontext,
  wahl: { leistung: string; variante?: string | null; stichtag: string },
): Eingabevorgaben {
  requireAccess(k, 'kalkulation', 'lesen');
  try {
    return eingabevorgaben(wahl.leistung, wahl.variante ?? null, wahl.stichtag);
  } catch (fehler) {
    if (fehler instanceof EingabeFehler) throw new Ungueltig(fehler.felder, fehler.message);
    throw fehler;
  }
}
