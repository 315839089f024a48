import type { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { BUNDESLAENDER, type Bundesland, istBundesland } from '../datum/feiertage.ts';
import { leseIsoDatum, vergleicheDatum } from '../datum/kalender.ts';
import { EingabeFehler } from '../fehler.ts';
import { pruefeHilfedauer } from './hilfedauer.ts';
import {
  erlaubteEreignisarten,
  type Fristenkatalog,
  type Fristregel,
  fristenkataloge,
  variantenAusIndex,
} from './regeln.ts';

/** Whether a rule's variant condition admits the Hilfe's variant (a rule without one admits every variant). */
export function passtVariante(regel: Fristregel, variante: string | undefined): boolean {
  const erlaubt = regel.bedingungen?.variante;
  return !erlaubt || (variante !== undefined && erlaubt.includes(variante));
}

/** One recorded event of a Hilfe; without `datum` it is planned but not scheduled yet ("offen ohne Datum"). */
export interface Ereignis {
  readonly art: string;
  readonly datum: Temporal.PlainDate | undefined;
  readonly bekanntSeit: Temporal.PlainDate | undefined;
}

/** The validated facts of one Hilfe that its deadlines follow from. */
export interface Hilfe {
  readonly katalog: Fristenkatalog;
  readonly variante: string | undefined;
  readonly bundesland: Bundesland;
  readonly hilfebeginn: Temporal.PlainDate;
  readonly geplantesEnde: Temporal.PlainDate | undefined;
  /** Blank text counts as no justification. */
  readonly ausnahmeBegruendung: string | undefined;
  /** Old inputs: minor for the whole Hilfe. Superseded by `geburtsdatum`, which decides per due date. */
  readonly minderjaehrig: boolean | undefined;
  readonly geburtsdatum: Temporal.PlainDate | undefined;
  /** The agreed report interval in months (1–6); replaces the 6 of a rule marked `intervallNachVereinbarung`. */
  readonly berichtsintervallMonate: number | undefined;
  readonly ereignisse: readonly Ereignis[];
  readonly bis: Temporal.PlainDate | undefined;
}

const DATUMSFORMAT = 'ein Datum im Format JJJJ-MM-TT';
const INTERVALL_KLAUSEL =
  'Modellprojekt Bremerhaven, II.6: Berichte alle 6 Monate; kürzere Berichtszeiträume können im Hilfeplan vereinbart werden';

const datum = z
  .string({ error: (i) => (i.input === undefined ? `fehlt (${DATUMSFORMAT})` : `muss ${DATUMSFORMAT} sein`) })
  .transform((text, ctx) => {
    const d = leseIsoDatum(text);
    if (d) return d;
    ctx.addIssue({
      code: 'custom',
      message: `„${text}“ ist kein gültiges Datum (${DATUMSFORMAT}, ein Tag, den es gibt, Jahr 1900–2199)`,
    });
    return z.NEVER;
  });

const text = (was: string) =>
  z.string({ error: (i) => (i.input === undefined ? `fehlt (${was})` : `muss ${was} sein`) });

const eingabeSchema = z.object(
  {
    leistung: text('die id einer Leistung als Text'),
    variante: text('die id einer Variante als Text').nullish(),
    bundesland: text('ein Länderkürzel wie HB, NW oder BE').nullish(),
    hilfebeginn: datum,
    geplantesEnde: datum.nullish(),
    ausnahmeBegruendung: text('ein Text (Begründung des Ausnahmefalls) oder null').nullish(),
    minderjaehrig: z.boolean({ error: 'muss true oder false sein' }).nullish(),
    geburtsdatum: datum.nullish(),
    berichtsintervallMonate: z
      .number({ error: `muss eine ganze Zahl von 1 bis 6 sein (${INTERVALL_KLAUSEL})` })
      .int(`muss eine ganze Zahl von 1 bis 6 sein (${INTERVALL_KLAUSEL})`)
      .min(1, `muss eine ganze Zahl von 1 bis 6 sein (${INTERVALL_KLAUSEL})`)
      .max(6, `muss eine ganze Zahl von 1 bis 6 sein (${INTERVALL_KLAUSEL})`)
      .nullish(),
    ereignisse: z
      .array(
        z.object(
          { art: text('die Art des Ereignisses'), datum: datum.nullish(), bekanntSeit: datum.nullish() },
          { error: 'muss ein Objekt { art, datum, bekanntSeit } sein' },
        ),
        { error: 'muss eine Liste von Ereignissen sein' },
      )
      .nullish(),
    bis: datum.optional(),
  },
  { error: 'Die Eingabe muss ein JSON-Objekt mit leistung, bundesland, hilfebeginn und bis sein.' },
);

function pfad(teile: readonly PropertyKey[]): string {
  return teile
    .map((t, i) => (typeof t === 'number' ? `[${t}]` : `${i === 0 ? '' : '.'}${String(t)}`))
    .join('');
}

function liste(werte: readonly string[]): string {
  return werte.join(', ');
}

type Eingabe = z.infer<typeof eingabeSchema>;

function mitZod(eingabe: unknown): Eingabe {
  const ergebnis = eingabeSchema.safeParse(eingabe);
  if (!ergebnis.success) {
    const [problem] = ergebnis.error.issues;
    const feld = pfad(problem.path);
    throw new EingabeFehler(feld ? `${feld}: ${problem.message}.` : problem.message, feld || undefined);
  }
  return ergebnis.data;
}

const istObjekt = (w: unknown): w is Record<string, unknown> =>
  typeof w === 'object' && w !== null && !Array.isArray(w);

/** undefined: not a well-formed optional date (the caller then lets zod say why); null: absent. */
function optDatum(w: unknown): Temporal.PlainDate | null | undefined {
  if (w === undefined || w === null) return null;
  return typeof w === 'string' ? leseIsoDatum(w) : undefined;
}

function optText(w: unknown): boolean {
  return w === undefined || w === null || typeof w === 'string';
}

/**
 * The same result as {@link eingabeSchema} for well-formed input, checked by hand: zod's parse costs more than
 * deriving the deadlines themselves (bench/fristen.ts). It accepts a subset of what the schema accepts and returns
 * undefined for anything else, so zod still decides — and words — every refusal.
 */
function schnellGelesen(w: unknown): Eingabe | undefined {
  if (!istObjekt(w)) return undefined;
  if (typeof w.leistung !== 'string' || !optText(w.variante) || !optText(w.bundesland)) return undefined;
  if (!optText(w.ausnahmeBegruendung)) return undefined;
  if (w.minderjaehrig !== undefined && w.minderjaehrig !== null && typeof w.minderjaehrig !== 'boolean') {
    return undefined;
  }
  const geburtsdatum = optDatum(w.geburtsdatum);
  if (geburtsdatum === undefined) return undefined;
  const intervall = w.berichtsintervallMonate;
  if (
    intervall !== undefined &&
    intervall !== null &&
    !(typeof intervall === 'number' && Number.isInteger(intervall) && intervall >= 1 && intervall <= 6)
  ) {
    return undefined;
  }
  const hilfebeginn = typeof w.hilfebeginn === 'string' ? leseIsoDatum(w.hilfebeginn) : undefined;
  const geplantesEnde = optDatum(w.geplantesEnde);
  if (!hilfebeginn || geplantesEnde === undefined) return undefined;
  let bis: Temporal.PlainDate | undefined;
  if (w.bis !== undefined) {
    bis = typeof w.bis === 'string' ? leseIsoDatum(w.bis) : undefined;
    if (!bis) return undefined;
  }
  let ereignisse: Eingabe['ereignisse'];
  if (Array.isArray(w.ereignisse)) {
    ereignisse = [];
    for (const ereignis of w.ereignisse) {
      if (!istObjekt(ereignis) || typeof ereignis.art !== 'string') return undefined;
      const datum = optDatum(ereignis.datum);
      const bekanntSeit = optDatum(ereignis.bekanntSeit);
      if (datum === undefined || bekanntSeit === undefined) return undefined;
      ereignisse.push({ art: ereignis.art, datum, bekanntSeit });
    }
  } else if (w.ereignisse !== undefined && w.ereignisse !== null) {
    return undefined;
  }
  return {
    leistung: w.leistung,
    variante: w.variante as string | null | undefined,
    bundesland: w.bundesland as string | null | undefined,
    hilfebeginn,
    geplantesEnde,
    ausnahmeBegruendung: w.ausnahmeBegruendung as string | null | undefined,
    minderjaehrig: w.minderjaehrig as boolean | null | undefined,
    geburtsdatum,
    berichtsintervallMonate: intervall as number | null | undefined,
    ereignisse,
    bis,
  };
}

/**
 * Validates the facts of a Hilfe (CLI input or the application's record) and resolves its catalogue entry.
 * Every problem a user can fix is an {@link EingabeFehler} naming the field, what is allowed and why.
 * @param bisPflicht the CLI needs `bis`; the application may leave it out and then gets deadlines up to the planned end.
 */
export function leseHilfe(eingabe: unknown, bisPflicht: boolean): Hilfe {
  const e = schnellGelesen(eingabe) ?? mitZod(eingabe);

  const kataloge = fristenkataloge();
  const katalog = kataloge.get(e.leistung);
  if (!katalog) {
    throw new EingabeFehler(
      `leistung: unbekannte Leistung „${e.leistung}“. Erlaubt: ${liste([...kataloge.keys()])}.`,
      'leistung',
    );
  }

  const land = e.bundesland ?? katalog.bundesland;
  if (!istBundesland(land)) {
    throw new EingabeFehler(
      `bundesland: unbekanntes Länderkürzel „${land}“. Erlaubt: ${liste(BUNDESLAENDER)}.`,
      'bundesland',
    );
  }

  const variante = e.variante ?? undefined;
  const varianten = variantenAusIndex(katalog.leistung);
  if (variante !== undefined && varianten && !varianten.includes(variante)) {
    const erlaubt =
      varianten.length > 0 ? `Erlaubt: ${liste(varianten)}.` : 'Diese Leistung hat keine Varianten.';
    throw new EingabeFehler(
      `variante: unbekannte Variante „${variante}“ für ${katalog.leistung}. ${erlaubt}`,
      'variante',
    );
  }

  if (e.geplantesEnde && vergleicheDatum(e.geplantesEnde, e.hilfebeginn) < 0) {
    throw new EingabeFehler(
      'geplantesEnde: Das geplante Ende liegt vor dem Hilfebeginn; es muss am oder nach dem Hilfebeginn liegen.',
      'geplantesEnde',
    );
  }

  const arten = erlaubteEreignisarten();
  const ereignisse = (e.ereignisse ?? []).map((ereignis, i): Ereignis => {
    if (!arten.includes(ereignis.art)) {
      throw new EingabeFehler(
        `ereignisse[${i}].art: unbekannte Ereignisart „${ereignis.art}“. Erlaubt: ${liste(arten)}.`,
        `ereignisse[${i}].art`,
      );
    }
    return {
      art: ereignis.art,
      datum: ereignis.datum ?? undefined,
      bekanntSeit: ereignis.bekanntSeit ?? undefined,
    };
  });

  if (bisPflicht && !e.bis) {
    throw new EingabeFehler(
      `bis: fehlt (${DATUMSFORMAT}; Fristen werden bis zu diesem Tag ausgegeben).`,
      'bis',
    );
  }

  const geburtsdatum = e.geburtsdatum ?? undefined;
  const minderjaehrig = e.minderjaehrig ?? undefined;
  if (geburtsdatum === undefined && minderjaehrig === undefined) {
    const regel = katalog.regeln.find((r) => r.bedingungen?.minderjaehrig && passtVariante(r, variante));
    if (regel) {
      throw new EingabeFehler(
        `geburtsdatum fehlt: Die Frist „${regel.titel}“ gilt nur, solange der junge Mensch minderjährig ist; ohne Geburtsdatum ließe sich nicht sagen, bis wann (${regel.quelle}).`,
        'geburtsdatum',
      );
    }
  }
  if (geburtsdatum && vergleicheDatum(geburtsdatum, e.hilfebeginn) > 0) {
    throw new EingabeFehler(
      'geburtsdatum: Das Geburtsdatum liegt nach dem Hilfebeginn; es muss am oder vor dem Hilfebeginn liegen.',
      'geburtsdatum',
    );
  }

  const begruendung = e.ausnahmeBegruendung?.trim() ? e.ausnahmeBegruendung : undefined;
  const hilfe: Hilfe = {
    katalog,
    variante,
    bundesland: land,
    hilfebeginn: e.hilfebeginn,
    geplantesEnde: e.geplantesEnde ?? undefined,
    ausnahmeBegruendung: begruendung,
    minderjaehrig,
    geburtsdatum,
    berichtsintervallMonate: e.berichtsintervallMonate ?? undefined,
    ereignisse,
    bis: e.bis,
  };
  pruefeHilfedauer(hilfe);
  return hilfe;
}
