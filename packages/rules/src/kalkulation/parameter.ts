import { parameterZahl } from '../katalog/parameter.ts';
import { D, type Dez } from './dezimal.ts';

export interface Param {
  wert: Dez;
  quelle: string;
}

/**
 * Decimals of parameter versions, kept because building a Decimal from a number is the engine's most
 * expensive step. Keyed by the version's start date, so the cache is bounded by the catalogue's size.
 */
const dezimalCache = new Map<string, Param>();

/** A numeric parameter in force on `stichtag` as a Decimal with its source. */
export function parameterDezimal(leistung: string, name: string, stichtag: string): Param {
  const roh = parameterZahl(leistung, name, stichtag);
  const schluessel = `${leistung}|${name}|${roh.gueltigAb}`;
  let p = dezimalCache.get(schluessel);
  if (!p) {
    p = { wert: new D(roh.wert), quelle: roh.quelle };
    dezimalCache.set(schluessel, p);
  }
  return p;
}

/** Parameter reader bound to one Leistung and Stichtag, so an engine names a value only by its file. */
export function parameterLeser(leistung: string, stichtag: string) {
  return (name: string): Param => parameterDezimal(leistung, name, stichtag);
}

export type ParameterLeser = ReturnType<typeof parameterLeser>;
