import type { Kontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import type { Datei, Exportformat } from './export-kalkulation.ts';
import { dateiname, kalkulationsblatt, rendereKalkulationsblatt } from './intern/kalkulationsblatt-aus.ts';
import { rechne } from './intern/rechne.ts';

/** An unsaved calculation straight from the form, marked as draft in place of a version number. */
export async function exportKalkulationEntwurf(
  k: Kontext,
  eingabe: Record<string, unknown>,
  format: Exportformat,
): Promise<Datei> {
  requireAccess(k, 'kalkulation', 'lesen');
  const ergebnis = rechne(eingabe);
  const blatt = kalkulationsblatt(eingabe, ergebnis, {
    organisation: k.auth.organisation.name,
    erstelltVon: k.auth.benutzer.name,
    erstelltAm: new Date().toISOString(),
    version: 'Entwurf (nicht gespeichert)',
  });
  const inhalt = await rendereKalkulationsblatt(blatt, format);
  return { name: dateiname(ergebnis, 'entwurf', format), inhalt };
}
