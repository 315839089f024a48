import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EingabeFehler } from '../fehler.ts';
import { zodMeldungen } from './format.ts';
import { katalogPfad, leistungsOrdner, leseYaml } from './pfad.ts';
import { type Leistung, leistungSchema } from './schema.ts';

/** One entry of `hilfewerk katalog` (docs/cli.md). */
export interface KatalogEintrag {
  id: string;
  titel: string;
  rechtsgrundlage: string[];
  varianten: string[];
}

const cache = new Map<string, Map<string, Leistung>>();

/**
 * All Leistungen of a catalogue folder, read once and kept: the catalogue is data shipped with the code,
 * it does not change while the process runs. A broken index.yaml is a defect, not bad input (plain Error).
 */
export function ladeLeistungen(dir?: string | URL): Map<string, Leistung> {
  const schluessel = String(dir ?? '');
  const vorhanden = cache.get(schluessel);
  if (vorhanden) return vorhanden;
  const wurzel = katalogPfad(dir);
  const leistungen = new Map<string, Leistung>();
  for (const id of leistungsOrdner(wurzel)) {
    const datei = join(wurzel, id, 'index.yaml');
    if (!existsSync(datei)) continue;
    const ergebnis = leistungSchema.safeParse(leseYaml(datei));
    if (!ergebnis.success) {
      throw new Error(`Katalog ${datei} ist ungültig: ${zodMeldungen(ergebnis.error).join('; ')}`);
    }
    leistungen.set(id, ergebnis.data);
  }
  const sortiert = new Map([...leistungen].sort(([, a], [, b]) => a.reihenfolge - b.reihenfolge));
  cache.set(schluessel, sortiert);
  return sortiert;
}

/** The full index.yaml of one Leistung; an unknown id is bad input that names the valid ones. */
export function ladeLeistung(id: string, dir?: string | URL): Leistung {
  const leistungen = ladeLeistungen(dir);
  const leistung = leistungen.get(id);
  if (!leistung) {
    throw new EingabeFehler(
      `Unbekannte Leistung „${id}“. Gültige Leistungen: ${[...leistungen.keys()].join(', ')}.`,
      'leistung',
    );
  }
  return leistung;
}

/** The catalogue as `hilfewerk katalog` prints it, in the order of `reihenfolge`. */
export function listeKatalog(dir?: string | URL): KatalogEintrag[] {
  return [...ladeLeistungen(dir).values()].map((l) => ({
    id: l.id,
    titel: l.titel,
    rechtsgrundlage: l.rechtsgrundlage.map((r) => r.norm),
    varianten: l.varianten.map((v) => v.id),
  }));
}
