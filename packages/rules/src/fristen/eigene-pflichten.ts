import { leseIsoDatum } from '../datum/kalender.ts';
import { EingabeFehler } from '../fehler.ts';
import { ableiten, type Organisationsfrist } from './organisation.ts';
import type { Organisationsregel } from './regeln.ts';

/** How often a duty the Leitung sets itself recurs; `wochen` with `alleWochen`. */
export const RHYTHMUS_MONATE = {
  monatlich: 1,
  vierteljaehrlich: 3,
  halbjaehrlich: 6,
  jaehrlich: 12,
} as const;
const RHYTHMEN = [...Object.keys(RHYTHMUS_MONATE), 'wochen'];

/** A recurring duty no contract names (team and case supervision): the Leitung's own rule. */
export interface EigenePflicht {
  readonly id: string;
  readonly titel: string;
  readonly rhythmus: string;
  readonly alleWochen?: number | null;
  /** ISO date of the first due date. */
  readonly erstmals: string;
}

/** The message names the field (CLI, YAML cases); the form shows the text alone beside it. */
const fehler = (feld: string, text: string) => new EingabeFehler(`${feld}: ${text}`, feld, { [feld]: text });

/** The rule id of an own duty's organisation deadlines. */
export const eigeneRegel = (id: string) => `eigen-${id}`;

/**
 * Checks an own duty and turns it into a `wiederkehrend` organisation rule: the same engine as the
 * contracts' monthly rota or quarterly conference. No shift over weekends: the Leitung chose the date.
 */
export function eigenePflichtAlsRegel(p: EigenePflicht): Organisationsregel {
  if (!p.titel?.trim()) throw fehler('titel', 'Bitte einen Titel angeben.');
  if (!RHYTHMEN.includes(p.rhythmus)) {
    throw fehler(
      'rhythmus',
      `„${p.rhythmus}“ ist kein Rhythmus. Erlaubt: monatlich, vierteljährlich, halbjährlich, jährlich oder alle N Wochen.`,
    );
  }
  const wochen = p.rhythmus === 'wochen';
  if (
    wochen &&
    !(Number.isInteger(p.alleWochen) && (p.alleWochen as number) >= 1 && (p.alleWochen as number) <= 52)
  ) {
    throw fehler('alleWochen', 'Bitte eine ganze Zahl von 1 bis 52 Wochen angeben.');
  }
  if (!wochen && p.alleWochen != null) {
    throw fehler('alleWochen', 'Nur beim Rhythmus „alle N Wochen“ anzugeben.');
  }
  if (!leseIsoDatum(p.erstmals ?? '')) {
    throw fehler('erstmals', `„${p.erstmals ?? ''}“ ist kein gültiges Datum im Format JJJJ-MM-TT.`);
  }
  return {
    id: eigeneRegel(p.id),
    titel: p.titel.trim(),
    quelle: 'Eigene Pflicht der Leitung',
    art: 'wiederkehrend',
    erstmals: p.erstmals,
    ...(wochen
      ? { alleWochen: p.alleWochen as number }
      : { alleMonate: RHYTHMUS_MONATE[p.rhythmus as keyof typeof RHYTHMUS_MONATE] }),
    verschiebung: 'keine',
  };
}

/** The deadlines of the Leitung's own duties up to `bis`, by due date (then rule id). */
export function leiteEigenePflichtenAb(eingabe: { pflichten: readonly EigenePflicht[]; bis: string }): {
  fristen: Organisationsfrist[];
} {
  const bis = leseIsoDatum(eingabe.bis ?? '');
  if (!bis) throw fehler('bis', `„${eingabe.bis ?? ''}“ ist kein gültiges Datum im Format JJJJ-MM-TT.`);
  // The Land only matters for shifting over holidays, which own duties do not.
  const fristen = eingabe.pflichten.flatMap((p) => ableiten(eigenePflichtAlsRegel(p), 'BE', undefined, bis));
  fristen.sort((a, b) =>
    a.faellig === b.faellig
      ? a.regel < b.regel
        ? -1
        : 1
      : (a.faellig as string) < (b.faellig as string)
        ? -1
        : 1,
  );
  return { fristen };
}
