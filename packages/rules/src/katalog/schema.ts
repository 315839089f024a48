import { z } from 'zod';

/**
 * The catalogue's file formats. Every object is strict: an unknown key is a typo or an unreviewed addition,
 * and both must fail the lint rather than be ignored. Every fact carries a `quelle`: the contract document
 * and its clause, as a reader finds it.
 */

const quelle = z
  .string({ error: 'Quelle fehlt (Vertragsdokument und Abschnitt angeben)' })
  .min(1, 'Quelle ist leer');

/** ISO date that is also a real calendar day (2023-02-30 is refused). */
export const isoDatum = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum im Format JJJJ-MM-TT erwartet')
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'kein gültiges Kalenderdatum');

/** One sourced statement of a contract: a goal, a service, a duty. */
const eintrag = z.strictObject({
  text: z.string().min(1),
  quelle,
  /** Name of the parameter file that carries the number of this statement, if any. */
  parameter: z.string().optional(),
});

const variante = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'Varianten-Id: Kleinbuchstaben, Ziffern, Bindestrich'),
  titel: z.string().min(1),
  quelle,
});

const rechtsgrundlage = z.strictObject({ norm: z.string().min(1), quelle });

/**
 * A Leistung that may only follow a stationary measure (LT 11: "im Anschluss an eine stationäre Maßnahme"):
 * the Hilfe links the preceding stationary Hilfe of the case or records where the young person came from.
 */
const anschluss = z.strictObject({
  text: z.string().min(1),
  quelle,
  herkunft: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/, 'Herkunfts-Id: Kleinbuchstaben, Ziffern, Bindestrich'),
        text: z.string().min(1),
        /** `true`: the short list cannot name it, so a free text says what it was. */
        erlaeuterungNoetig: z.boolean().optional(),
      }),
    )
    .min(1),
});

export const leistungSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Position in `hilfewerk katalog` (the order of the table in docs/cli.md). */
  reihenfolge: z.number().int().positive(),
  titel: z.string().min(1),
  quelle,
  bundesland: z.string().regex(/^[A-Z]{2}$/),
  /**
   * How the Leistung is priced; `traegerbudget` has no Entgelt per case (see `hilfewerk budget`).
   * `tagessatz`, `monatspauschale` and `fachleistungsstunde` are calculated by `berechneEntgelt`.
   */
  kalkulation: z.strictObject({
    art: z.enum(['tagessatz', 'monatspauschale', 'fachleistungsstunde', 'traegerbudget']),
    einheit: z.string().min(1),
    quelle,
  }),
  rechtsgrundlage: z.array(rechtsgrundlage).min(1),
  /** `stationaer`: care with accommodation; such a Hilfe can precede one that requires `anschluss`. */
  betreuungsform: z.strictObject({ art: z.enum(['ambulant', 'stationaer']), quelle }).optional(),
  anschluss: anschluss.optional(),
  /**
   * Amounts billed outside the rate or budget, each as its own invoice line with the Jugendamt's approval
   * (D.8 individuelle Zusatzleistungen, Bremerhaven § 39 Sonderbedarfe). Without it a Hilfe records none.
   */
  zusatzleistungen: z.strictObject({ text: z.string().min(1), quelle }).optional(),
  zielgruppen: z.array(eintrag),
  varianten: z.array(variante),
  leistungsinhalte: z.array(eintrag),
  ausschluesse: z.array(eintrag),
  dauer: z.array(eintrag),
  personalschluessel: z.array(eintrag),
  personalmix: z.array(eintrag),
  ziele: z.array(eintrag),
  leistungen: z.array(eintrag),
  qualitaetspflichten: z.array(eintrag),
});

export type Leistung = z.infer<typeof leistungSchema>;

const parameterWertEintrag = z.strictObject({
  /** `null` ends the rule from this date on: "nicht in Kraft", never a silent 0. */
  wert: z.union([z.number(), z.string(), z.null()], { error: 'wert: Zahl, Text oder null erwartet' }),
  quelle,
  /** Optional last day of validity, for a value that lapses without a successor. */
  bis: isoDatum.optional(),
});

export const parameterSchema = z.strictObject({
  beschreibung: z.string().min(1),
  einheit: z.string().min(1),
  werte: z.record(isoDatum, parameterWertEintrag).refine((w) => Object.keys(w).length > 0, 'werte ist leer'),
});

export type ParameterDatei = z.infer<typeof parameterSchema>;

/** `tests/kalkulation-*.yaml`: either the expected fields of the result (docs/testfaelle.md) or part of the error. */
export const kalkulationsFallSchema = z
  .strictObject({
    name: z.string().min(1),
    eingabe: z.record(z.string(), z.unknown()),
    erwartet: z.record(z.string(), z.unknown()).optional(),
    fehler: z.string().min(1).optional(),
  })
  .refine((f) => (f.erwartet === undefined) !== (f.fehler === undefined), 'genau eins von erwartet/fehler');

export const kalkulationsTestSchema = z.strictObject({ faelle: z.array(kalkulationsFallSchema).min(1) });

export type KalkulationsFall = z.infer<typeof kalkulationsFallSchema>;

/**
 * Deadline rules and their tests belong to the Fristen module; the lint only needs the rule ids and which
 * rules the test cases expect, so everything else passes through.
 */
export const fristenRegelnSchema = z.looseObject({
  regeln: z.array(z.looseObject({ id: z.string().min(1), quelle })),
});

export const fristenTestSchema = z.looseObject({
  faelle: z.array(
    z.looseObject({
      erwartet: z
        .looseObject({ fristen: z.array(z.looseObject({ regel: z.string() })).optional() })
        .optional(),
    }),
  ),
});
