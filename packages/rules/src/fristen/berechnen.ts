import type { Temporal } from 'temporal-polyfill';
import { isoDatum } from '../datum/kalender.ts';
import { EingabeFehler } from '../fehler.ts';
import { leiteAb } from './ableiten.ts';
import { leseHilfe } from './eingabe.ts';

/** One deadline of `hilfewerk fristen` (docs/cli.md); the shape is a public interface and only grows. */
export interface Frist {
  readonly regel: string;
  readonly faellig: string;
  readonly ausgeloestDurch: string;
  readonly ereignisDatum: string;
  readonly hinweis: 'kurzfristig' | null;
  readonly quelle: string;
}

/** A deadline as the application shows it: also app-only rules and events that have no date yet. */
export interface Anwendungsfrist {
  readonly regel: string;
  readonly titel: string;
  /** null: "offen ohne Datum" — the event is planned but not scheduled, so the deadline cannot be missed yet. */
  readonly faellig: string | null;
  readonly ausgeloestDurch: string;
  readonly ereignisDatum: string | null;
  readonly hinweis: 'kurzfristig' | null;
  readonly quelle: string;
  /** true for rules the CLI contract does not list (`anwendungsregeln` of the catalogue). */
  readonly nurAnwendung: boolean;
}

function text(d: Temporal.PlainDate | undefined): string | null {
  return d ? isoDatum(d) : null;
}

/**
 * By due date (undated last), then rule id, then event date. ISO dates compare correctly as text, which is
 * cheaper than comparing Temporal values; Array.sort is stable for full ties.
 */
function sortiere<F extends { regel: string; faellig: string | null; ereignisDatum: string | null }>(
  a: F,
  b: F,
): number {
  if (a.faellig !== b.faellig) {
    if (a.faellig === null) return 1;
    if (b.faellig === null) return -1;
    return a.faellig < b.faellig ? -1 : 1;
  }
  if (a.regel !== b.regel) return a.regel < b.regel ? -1 : 1;
  if (a.ereignisDatum === b.ereignisDatum || a.ereignisDatum === null || b.ereignisDatum === null) return 0;
  return a.ereignisDatum < b.ereignisDatum ? -1 : 1;
}

/**
 * `hilfewerk fristen`: validates the input and returns the deadlines of the CLI contract due on or before `bis`,
 * sorted by due date. Bad input throws {@link EingabeFehler} (exit 2 / HTTP 422).
 */
export function berechneFristen(eingabe: unknown): { fristen: Frist[] } {
  const hilfe = leseHilfe(eingabe, true);
  const bis = isoDatum(hilfe.bis as Temporal.PlainDate);
  const fristen: Frist[] = [];
  for (const f of leiteAb(hilfe.katalog.regeln, hilfe, hilfe.bis as Temporal.PlainDate)) {
    if (f.faellig === undefined || f.ereignisDatum === undefined) continue;
    const faellig = isoDatum(f.faellig);
    if (faellig > bis) continue;
    fristen.push({
      regel: f.regel,
      faellig,
      ausgeloestDurch: f.ausgeloestDurch,
      ereignisDatum: isoDatum(f.ereignisDatum),
      hinweis: f.hinweis,
      quelle: f.quelle,
    });
  }
  fristen.sort(sortiere);
  return { fristen };
}

/**
 * The application's view of a Hilfe's deadlines: the same rules as {@link berechneFristen} plus the catalogue's
 * `anwendungsregeln`, with undated events as "offen ohne Datum". Without `bis`, deadlines run to the planned end.
 */
export function leiteFristenAb(hilfeFakten: unknown): { fristen: Anwendungsfrist[] } {
  const hilfe = leseHilfe(hilfeFakten, false);
  const bis = hilfe.bis ?? hilfe.geplantesEnde;
  if (!bis) {
    throw new EingabeFehler(
      'bis: fehlt; ohne geplantes Ende braucht die Ableitung ein Enddatum (JJJJ-MM-TT).',
      'bis',
    );
  }
  const nurAnwendung = new Set(hilfe.katalog.anwendungsregeln.map((r) => r.id));
  const grenze = isoDatum(bis);
  const fristen = leiteAb([...hilfe.katalog.regeln, ...hilfe.katalog.anwendungsregeln], hilfe, bis)
    .map(
      (f): Anwendungsfrist => ({
        regel: f.regel,
        titel: f.titel,
        faellig: text(f.faellig),
        ausgeloestDurch: f.ausgeloestDurch,
        ereignisDatum: text(f.ereignisDatum),
        hinweis: f.hinweis,
        quelle: f.quelle,
        nurAnwendung: nurAnwendung.has(f.regel),
      }),
    )
    .filter((f) => f.faellig === null || f.faellig <= grenze)
    .sort(sortiere);
  return { fristen };
}
