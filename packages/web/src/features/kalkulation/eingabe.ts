/**
 * The form's values and the engine's input, both ways. The form keeps flat fields (`personalkosten.fachkraft`)
 * and shares in percent (93,5 %); the engine wants nested objects, money as decimal strings and shares as
 * fractions. Nothing here calculates a price: that is the server's job.
 */
import type { Eingabe, EingabeFeld } from './api';

export type Feldwert = number | string | boolean | null;

export interface Szenario {
  leistung: string | null;
  variante: string | null;
  /** ISO date; selects the parameter versions. */
  stichtag: string;
  werte: Record<string, Feldwert>;
}

export const MAX_SZENARIEN = 3;
export const SZENARIO_NAMEN = ['A', 'B', 'C'] as const;

export function leeresSzenario(): Szenario {
  return { leistung: null, variante: null, stichtag: `${new Date().getFullYear()}-01-01`, werte: {} };
}

/** Share (0.935) → percent (93.5) without binary noise (93.50000000000001). */
const inProzent = (anteil: number) => Number((anteil * 100).toFixed(6));
const alsAnteil = (prozent: number) => Number((prozent / 100).toFixed(8));

function standardwert(f: EingabeFeld): Feldwert {
  if (f.standard === null) return null;
  if (f.art === 'anteil' && typeof f.standard === 'number') return inProzent(f.standard);
  if (f.art === 'geld') return Number(f.standard);
  return f.standard;
}

/** Fills every field the Leistung asks for and the scenario does not have yet with its catalogue default. */
export function mitVorgaben(
  werte: Record<string, Feldwert>,
  felder: EingabeFeld[],
): Record<string, Feldwert> {
  const neu = { ...werte };
  let geaendert = false;
  for (const f of felder) {
    if (f.art === 'fest') {
      if (neu[f.feld] !== f.standard) {
        neu[f.feld] = f.standard;
        geaendert = true;
      }
    } else if (!(f.feld in neu)) {
      neu[f.feld] = standardwert(f);
      geaendert = true;
    }
  }
  return geaendert ? neu : werte;
}

const leer = (w: Feldwert | undefined) => w === null || w === undefined || w === '';

function setze(ziel: Record<string, unknown>, pfad: string, wert: unknown): void {
  const teile = pfad.split('.');
  let knoten = ziel;
  for (const teil of teile.slice(0, -1)) {
    knoten[teil] ??= {};
    knoten = knoten[teil] as Record<string, unknown>;
  }
  knoten[teile[teile.length - 1]] = wert;
}

function alsEingabewert(f: EingabeFeld, w: Feldwert): unknown {
  if (f.art === 'ja-nein') return Boolean(w);
  const zahl = typeof w === 'number' ? w : Number(String(w).replace(',', '.'));
  // A half-typed number goes to the server as typed, so its message lands at the field.
  if (!Number.isFinite(zahl)) return w;
  if (f.art === 'geld') return zahl.toFixed(2);
  if (f.art === 'anteil') return alsAnteil(zahl);
  return zahl;
}

/** The engine's input for a scenario; null until a Leistung (and, where it has some, a Variante) is chosen. */
export function baueEingabe(
  s: Szenario,
  felder: EingabeFeld[] | undefined,
  mitVarianten: boolean,
): Eingabe | null {
  if (!s.leistung || !felder || (mitVarianten && !s.variante)) return null;
  const eingabe: Eingabe = { leistung: s.leistung, stichtag: s.stichtag };
  if (mitVarianten) eingabe.variante = s.variante;
  const unvollstaendig = new Set(
    felder.filter((f) => f.gruppe && (leer(s.werte[f.feld]) || s.werte[f.feld] === 0)).map((f) => f.gruppe),
  );
  for (const f of felder) {
    const w = s.werte[f.feld];
    if (f.art === 'fest' || (f.gruppe && unvollstaendig.has(f.gruppe))) continue;
    if (leer(w)) {
      if (f.optional) continue;
      // Left out on purpose: the engine answers "… fehlt" at this field.
      continue;
    }
    setze(eingabe, f.feld, alsEingabewert(f, w as Feldwert));
  }
  return eingabe;
}

function flach(wert: unknown, pfad = ''): [string, unknown][] {
  if (wert !== null && typeof wert === 'object' && !Array.isArray(wert)) {
    return Object.entries(wert).flatMap(([k, v]) => flach(v, pfad ? `${pfad}.${k}` : k));
  }
  return [[pfad, wert]];
}

/** A saved input back into a scenario (fields the saved input leaves out get their default later). */
export function szenarioAus(eingabe: Eingabe, felder: EingabeFeld[]): Szenario {
  const art = new Map(felder.map((f) => [f.feld, f.art]));
  const werte: Record<string, Feldwert> = {};
  for (const [pfad, wert] of flach(eingabe)) {
    if (['leistung', 'variante', 'stichtag'].includes(pfad)) continue;
    const a = art.get(pfad);
    if (a === 'anteil' && typeof wert === 'number') werte[pfad] = inProzent(wert);
    else if (a === 'geld' && typeof wert === 'string') werte[pfad] = Number(wert);
    else werte[pfad] = wert as Feldwert;
  }
  for (const f of felder) if (f.optional && !(f.feld in werte)) werte[f.feld] = null;
  return {
    leistung: String(eingabe.leistung),
    variante: typeof eingabe.variante === 'string' ? eingabe.variante : null,
    stichtag: String(eingabe.stichtag),
    werte: mitVorgaben(werte, felder),
  };
}

/** b − a of two decimal strings in cents, so 0.1 + 0.2 never shows up in a difference. */
export function differenzCent(a: string, b: string): number {
  return Math.round(Number(b) * 100) - Math.round(Number(a) * 100);
}

/**
 * The server names fields as the engine does (`personalkosten.fachkraft`, or a whole group like
 * `ausfallstunden`); each message goes to the first form field it concerns.
 */
export function fehlerJeFeld(
  felder: Record<string, string>,
  formfelder: EingabeFeld[],
): {
  amFeld: Record<string, string>;
  uebrig: string[];
} {
  const amFeld: Record<string, string> = {};
  const uebrig: string[] = [];
  for (const [feld, meldung] of Object.entries(felder)) {
    const ziel =
      formfelder.find((f) => f.feld === feld) ?? formfelder.find((f) => f.feld.startsWith(`${feld}.`));
    if (ziel) amFeld[ziel.feld] = meldung;
    else if (['leistung', 'variante', 'stichtag'].includes(feld)) amFeld[feld] = meldung;
    else uebrig.push(meldung);
  }
  return { amFeld, uebrig };
}

const zahlDe = (n: number, stellen = 0) =>
  new Intl.NumberFormat('de-DE', { minimumFractionDigits: stellen, maximumFractionDigits: 4 }).format(n);

/** A bound as the form shows it: shares in percent, money in euros, otherwise with the field's unit. */
function grenzeDe(f: EingabeFeld, grenze: number): string {
  if (f.art === 'anteil') return `${zahlDe(grenze * 100)} %`;
  if (f.art === 'geld') return `${zahlDe(grenze, 2)} €`;
  return f.einheit ? `${zahlDe(grenze)} ${f.einheit}` : zahlDe(grenze);
}

/**
 * The range check of one field in the user's words — "Direkter Anteil (am Klienten): höchstens 100 %" — from the
 * bounds the catalogue gave the form. The engine checks again; this only words the answer for a person.
 */
export function bereichsfehler(f: EingabeFeld, w: Feldwert | undefined): string | undefined {
  if (f.art === 'fest' || f.art === 'ja-nein' || leer(w)) return undefined;
  const zahl = typeof w === 'number' ? w : Number(String(w).replace(',', '.'));
  if (!Number.isFinite(zahl)) return `${f.label}: bitte eine Zahl eingeben`;
  const wert = f.art === 'anteil' ? zahl / 100 : zahl;
  if (f.min !== undefined && (f.minOffen ? wert <= f.min : wert < f.min)) {
    return `${f.label}: ${f.minOffen ? 'über' : 'mindestens'} ${grenzeDe(f, f.min)}`;
  }
  if (f.max !== undefined && (f.maxOffen ? wert >= f.max : wert > f.max)) {
    return `${f.label}: ${f.maxOffen ? 'unter' : 'höchstens'} ${grenzeDe(f, f.max)}`;
  }
  if (f.art === 'ganzzahl' && !Number.isInteger(zahl)) return `${f.label}: bitte eine ganze Zahl eingeben`;
  return undefined;
}

/**
 * Field messages of the engine name fields by their input path (`direktanteil darf …`); at the field the user
 * reads its label instead, and the "Eingabe ungültig:" preamble of the whole answer is left out.
 */
export function lesbareMeldung(meldung: string, f: EingabeFeld | undefined): string {
  const text = meldung.replace(/^Eingabe ungültig:\s*/, '');
  if (!f || !text.startsWith(f.feld)) return text;
  return `${f.label}: ${text.slice(f.feld.length).replace(/^:?\s*/, '')}`;
}
