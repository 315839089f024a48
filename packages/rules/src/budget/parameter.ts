import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * Local reader for `catalogue/<leistung>/parameter/<name>.yaml` until the shared catalogue loader
 * (`parameterWert` in `katalog/`) exists; same file format, same return shape, so switching is a one-line change.
 */

const katalogWurzel = new URL('../../../../catalogue/', import.meta.url);

const parameterDatei = z.object({
  beschreibung: z.string(),
  einheit: z.string(),
  werte: z.record(
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    z.object({ wert: z.number().nullable(), quelle: z.string().min(1) }),
  ),
});

export interface ParameterWert {
  wert: number;
  quelle: string;
  gueltigAb: string;
}

const cache = new Map<string, z.infer<typeof parameterDatei>>();

function lade(leistung: string, name: string): z.infer<typeof parameterDatei> {
  const schluessel = `${leistung}/${name}`;
  let datei = cache.get(schluessel);
  if (!datei) {
    const text = readFileSync(new URL(`${leistung}/parameter/${name}.yaml`, katalogWurzel), 'utf8');
    datei = parameterDatei.parse(parse(text));
    cache.set(schluessel, datei);
  }
  return datei;
}

/**
 * The value in force on `stichtag`. Before the first validity the result is `undefined` — the caller decides
 * (never a silent 0); a `wert: null` ends a rule and also yields `undefined`.
 */
export function budgetParameter(leistung: string, name: string, stichtag: string): ParameterWert | undefined {
  const eintraege = Object.entries(lade(leistung, name).werte).sort(([a], [b]) => a.localeCompare(b));
  let treffer: ParameterWert | undefined;
  for (const [gueltigAb, { wert, quelle }] of eintraege) {
    if (gueltigAb > stichtag) break;
    treffer = wert === null ? undefined : { wert, quelle, gueltigAb };
  }
  return treffer;
}

/** The earliest value of a parameter, used when a budget starts before the rule's first validity. */
export function ersterParameterWert(leistung: string, name: string): ParameterWert {
  const [gueltigAb, eintrag] = Object.entries(lade(leistung, name).werte).sort(([a], [b]) =>
    a.localeCompare(b),
  )[0];
  if (eintrag.wert === null) throw new Error(`Parameter ${leistung}/${name} beginnt mit null`);
  return { wert: eintrag.wert, quelle: eintrag.quelle, gueltigAb };
}
