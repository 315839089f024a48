import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The repository's `catalogue/` folder; tests and the linter may point elsewhere (a temp copy). */
export const katalogWurzel = fileURLToPath(new URL('../../../../catalogue/', import.meta.url));

/** Folders under `catalogue/` that are not a Leistung. */
const keineLeistung = new Set(['schema']);

export function katalogPfad(dir?: string | URL): string {
  if (dir === undefined) return katalogWurzel;
  return resolve(typeof dir === 'string' ? dir : fileURLToPath(dir));
}

/** Every folder that should be a Leistung, sorted by name; whether it has an index.yaml is for the caller. */
export function leistungsOrdner(wurzel: string): string[] {
  return readdirSync(wurzel, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !keineLeistung.has(e.name) && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

/** YAML files in `catalogue/<id>/<unterordner>` whose name starts with `praefix`, sorted. */
export function yamlDateien(wurzel: string, id: string, unterordner: string, praefix = ''): string[] {
  const ordner = join(wurzel, id, unterordner);
  if (!existsSync(ordner)) return [];
  return readdirSync(ordner)
    .filter((n) => n.endsWith('.yaml') && n.startsWith(praefix))
    .sort()
    .map((n) => join(ordner, n));
}

/**
 * Reads one YAML file. YAML 1.2 core schema keeps `2023-01-01` a string, so date keys stay ISO text;
 * duplicate keys are an error in `yaml` by default, which catches two values for one date.
 */
export function leseYaml(datei: string): unknown {
  return parse(readFileSync(datei, 'utf8'));
}
