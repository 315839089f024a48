/** Rate calculations: inputs, the engine's result, saved versions. */
import { z } from 'zod';
import { betrag, bezug, tag, zeitpunkt } from './basis.ts';
import { datum, id, optText, pflicht, version } from './felder.ts';

/** The engine's input; the engine itself checks every field and names range and clause (422). */
export const kalkulationsEingabe = z.record(z.string(), z.unknown(), {
  error: 'Die Eingabe muss ein JSON-Objekt sein.',
});
export type Eingabe = z.infer<typeof kalkulationsEingabe>;
export const exportFormat = z.enum(['xlsx', 'pdf'], { error: 'Format ist xlsx oder pdf.' });

export const vorgabenAbfrage = z.object({
  leistung: pflicht('die Leistung', 100),
  variante: z.string().trim().max(100).optional(),
  stichtag: datum,
});
export const neueKalkulation = z.object({
  bezeichnung: pflicht('eine Bezeichnung'),
  kommentar: optText(),
  eingabe: kalkulationsEingabe,
});
export type NeueKalkulation = z.input<typeof neueKalkulation>;
export const neueKalkulationsVersion = z.object({
  version,
  bezeichnung: pflicht('eine Bezeichnung').optional(),
  kommentar: optText(),
  eingabe: kalkulationsEingabe,
});
export type NeueKalkulationsVersion = z.input<typeof neueKalkulationsVersion>;
export const reiheParams = z.object({ reiheId: id });

export const FELD_ARTEN = ['ganzzahl', 'zahl', 'anteil', 'geld', 'ja-nein', 'fest'] as const;
export type FeldArt = (typeof FELD_ARTEN)[number];

export const eingabeFeld = z.object({
  /** Path of the value in the engine's input, e.g. `personalkosten.fachkraft`. */
  feld: z.string(),
  label: z.string(),
  art: z.enum(FELD_ARTEN),
  einheit: z.string().optional(),
  /** Numbers as numbers, money as a decimal string, `anteil` as a fraction (0.93). */
  standard: z.union([z.number(), z.string(), z.boolean(), z.null()]),
  min: z.number().optional(),
  max: z.number().optional(),
  minOffen: z.boolean().optional(),
  maxOffen: z.boolean().optional(),
  bereich: z.string().optional(),
  quelle: z.string().optional(),
  hinweis: z.string().optional(),
  optional: z.boolean().optional(),
  gruppe: z.string().optional(),
});
export type EingabeFeld = z.infer<typeof eingabeFeld>;

export const eingabevorgaben = z.object({
  leistung: z.string(),
  variante: z.string().nullable(),
  stichtag: tag,
  felder: z.array(eingabeFeld),
  hinweise: z.array(z.string()),
});
export type Eingabevorgaben = z.infer<typeof eingabevorgaben>;

export const kalkulationsLeistung = z.object({
  id: z.string(),
  titel: z.string(),
  art: z.string(),
  einheit: z.string(),
  quelle: z.string(),
  varianten: z.array(z.object({ id: z.string(), titel: z.string() })),
});
export type KalkulationsLeistung = z.infer<typeof kalkulationsLeistung>;

const entgelt = z.object({ betrag, einheit: z.string() });
export const kalkulationsZeile = z.object({
  id: z.string(),
  text: z.string(),
  menge: z.number(),
  einheit: z.string(),
  satz: betrag,
  betrag,
  quelle: z.string(),
});
export type Zeile = z.infer<typeof kalkulationsZeile>;
export const warnung = z.object({
  /** Stable id of the finding, e.g. `mindeststandard-unterschritten`. */
  id: z.string(),
  feld: z.string(),
  text: z.string(),
  quelle: z.string(),
});
export type Warnung = z.infer<typeof warnung>;

/** The engine's result (the shape of `hilfewerk kalkulation`, docs/cli.md); it only grows. */
export const ergebnis = z
  .object({
    leistung: z.string(),
    variante: z.string().nullable(),
    stichtag: tag,
    entgelt,
    jahreskosten: betrag,
    berechnungstage: z.number().nullable(),
    vk: z.object({ betreuung: z.number(), zusatz: z.number(), leitung: z.number() }),
    zeilen: z.array(kalkulationsZeile),
    weiterePerson: z
      .object({
        anzahl: z.number(),
        entgelt,
        jahreskosten: betrag,
        berechnungstage: z.number(),
        zeilen: z.array(kalkulationsZeile),
      })
      .optional(),
    berechnungsmonate: z.number().optional(),
    nettostunden: z.number().optional(),
    direktstunden: z.number().optional(),
    warnungen: z.array(warnung),
    /** What the Entgelt divides by. */
    divisor: z.string(),
    budget: z
      .object({
        gesamtbudget: betrag,
        monate: z.number(),
        raten: z.object({ anzahl: z.number(), betrag, letzte: betrag, ersteFaellig: tag }),
        planstundenJahr: z.number(),
        jeDirektstunde: betrag.nullable(),
      })
      .optional(),
  })
  .meta({ id: 'Kalkulationsergebnis' });
export type Ergebnis = z.infer<typeof ergebnis>;

export const kalkulationKopf = z.object({
  id: z.string(),
  reiheId: z.string(),
  bezeichnung: z.string(),
  leistung: z.string(),
  variante: z.string().nullable(),
  stichtag: tag,
  version: z.number(),
  kommentar: z.string().nullable(),
  entgelt: entgelt.nullable(),
  erstelltAm: zeitpunkt,
  erstelltVon: bezug.nullable(),
});
export type KalkulationKopf = z.infer<typeof kalkulationKopf>;

export const kalkulationDetail = kalkulationKopf.extend({
  eingabe: kalkulationsEingabe,
  ergebnis,
  /** Every version of the series, oldest first. */
  versionen: z.array(kalkulationKopf),
});
export type KalkulationDetail = z.infer<typeof kalkulationDetail>;
