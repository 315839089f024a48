import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { datumDe } from '../datum/tag.ts';
import { EingabeFehler } from '../fehler.ts';
import { zodMeldungen } from './format.ts';
import { katalogPfad, leseYaml } from './pfad.ts';
import { type ParameterDatei, parameterSchema } from './schema.ts';

/** A parameter value in force on a Stichtag, with its source and the day its version began. */
export interface ParameterWert {
  wert: number | string;
  quelle: string;
  gueltigAb: string;
}

interface Version {
  ab: string;
  bis: string | undefined;
  wert: number | string | null;
  quelle: string;
}

interface GeladenerParameter {
  datei: ParameterDatei;
  versionen: Version[];
}

const cache = new Map<string, GeladenerParameter>();

/** Reads `catalogue/<leistung>/parameter/<name>.yaml` once; versions sorted by start date. */
export function ladeParameter(leistung: string, name: string, dir?: string | URL): GeladenerParameter {
  // Keyed without resolving the path first: the engine reads dozens of parameters per calculation.
  const schluessel = `${String(dir ?? '')}|${leistung}|${name}`;
  const vorhanden = cache.get(schluessel);
  if (vorhanden) return vorhanden;
  const datei = join(katalogPfad(dir), leistung, 'parameter', `${name}.yaml`);
  if (!existsSync(datei)) throw new Error(`Parameter ${leistung}/${name} fehlt im Katalog (${datei}).`);
  const ergebnis = parameterSchema.safeParse(leseYaml(datei));
  if (!ergebnis.success) {
    throw new Error(`Parameter ${datei} ist ungültig: ${zodMeldungen(ergebnis.error).join('; ')}`);
  }
  const versionen = Object.entries(ergebnis.data.werte)
    .map(([ab, v]) => ({ ab, bis: v.bis, wert: v.wert, quelle: v.quelle }))
    .sort((a, b) => a.ab.localeCompare(b.ab));
  const geladen = { datei: ergebnis.data, versionen };
  cache.set(schluessel, geladen);
  return geladen;
}

const isoTag = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The value of a contract parameter on `stichtag`. Outside its validity (before the first version, after a
 * `null` or past `bis`) it throws an EingabeFehler "… ist am TT.MM.JJJJ nicht in Kraft" — never a silent 0,
 * because a price computed from a lapsed number is wrong in a way nobody notices.
 */
export function parameterWert(
  leistung: string,
  name: string,
  stichtag: string,
  dir?: string | URL,
): ParameterWert {
  if (!isoTag.test(stichtag)) {
    throw new EingabeFehler(`Stichtag „${stichtag}“ ist kein Datum im Format JJJJ-MM-TT.`, 'stichtag');
  }
  const { datei, versionen } = ladeParameter(leistung, name, dir);
  const bezeichnung = `Parameter „${datei.beschreibung}“ (${leistung}/${name})`;
  let treffer: Version | undefined;
  for (const v of versionen) {
    if (v.ab > stichtag) break;
    treffer = v;
  }
  // The message names the field (`stichtag`), the allowed range (the validity) and the clause (the
  // source of the version that would apply), as every bad-input message must (docs/cli.md).
  if (!treffer) {
    throw new EingabeFehler(
      `stichtag: ${bezeichnung} ist am ${datumDe(stichtag)} nicht in Kraft (gültig ab ${datumDe(versionen[0].ab)}); Quelle: ${versionen[0].quelle}.`,
      'stichtag',
    );
  }
  if (treffer.wert === null) {
    throw new EingabeFehler(
      `stichtag: ${bezeichnung} ist am ${datumDe(stichtag)} nicht in Kraft (außer Kraft seit ${datumDe(treffer.ab)}; ${treffer.quelle}).`,
      'stichtag',
    );
  }
  if (treffer.bis !== undefined && treffer.bis < stichtag) {
    throw new EingabeFehler(
      `stichtag: ${bezeichnung} ist am ${datumDe(stichtag)} nicht in Kraft (gültig ab ${datumDe(treffer.ab)} bis ${datumDe(treffer.bis)}); Quelle: ${treffer.quelle}.`,
      'stichtag',
    );
  }
  return { wert: treffer.wert, quelle: treffer.quelle, gueltigAb: treffer.ab };
}

/** Like `parameterWert`, for numeric parameters; a text value there is a catalogue defect. */
export function parameterZahl(leistung: string, name: string, stichtag: string, dir?: string | URL) {
  const p = parameterWert(leistung, name, stichtag, dir);
  if (typeof p.wert !== 'number') throw new Error(`Parameter ${leistung}/${name} ist keine Zahl.`);
  return { ...p, wert: p.wert };
}
