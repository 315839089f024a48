import type { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { BUNDESLAENDER, type Bundesland, istBundesland } from '../datum/feiertage.ts';
import { leseIsoDatum, vergleicheDatum } from '../datum/kalender.ts';
import { EingabeFehler } from '../fehler.ts';
import { pruefeHilfedauer } from './hilfedauer.ts';
import { erlaubteEreignisarten, type Fristenkatalog, fristenkataloge, variantenAusIndex } from './regeln.ts';

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
  readonly minderjaehrig: boolean | undefined;
  readonly ereignisse: readonly Ereignis[];
  readonly bis: Temporal.PlainDate | undefined;
}

const DATUMSFORMAT = 'ein Datum im Format JJJJ-MM-TT';

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

/**
 * Validates the facts of a Hilfe (CLI input or the application's record) and resolves its catalogue entry.
 * Every problem a user can fix is an {@link EingabeFehler} naming the field, what is allowed and why.
 * @param bisPflicht the CLI needs `bis`; the application may leave it out and then gets deadlines up to the planned end.
 */
export function leseHilfe(eingabe: unknown, bisPflicht: boolean): Hilfe {
  const ergebnis = eingabeSchema.safeParse(eingabe);
  if (!ergebnis.success) {
    const [problem] = ergebnis.error.issues;
    const feld = pfad(problem.path);
    throw new EingabeFehler(feld ? `${feld}: ${problem.message}.` : problem.message, feld || undefined);
  }
  const e = ergebnis.data;

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

  const begruendung = e.ausnahmeBegruendung?.trim() ? e.ausnahmeBegruendung : undefined;
  const hilfe: Hilfe = {
    katalog,
    variante,
    bundesland: land,
    hilfebeginn: e.hilfebeginn,
    geplantesEnde: e.geplantesEnde ?? undefined,
    ausnahmeBegruendung: begruendung,
    minderjaehrig: e.minderjaehrig ?? undefined,
    ereignisse,
    bis: e.bis,
  };
  pruefeHilfedauer(hilfe);
  return hilfe;
}
