import { z } from 'zod';

const jahrFeld = z.coerce
  .number<string | number>({ error: 'Bitte ein Jahr angeben, z. B. jahr=2026.' })
  .int('Das Jahr ist eine ganze Zahl.')
  .min(2000, 'Das Jahr liegt zwischen 2000 und 2099.')
  .max(2099, 'Das Jahr liegt zwischen 2000 und 2099.');

/**
 * `?jahr=2026` (as before) or `?zeitraum=2026`, `2026-Q3`, `2026-07`: the span every figure counts over.
 * The route answers with `zeitraum` as given, or the year.
 */
export const kennzahlenAbfrage = z
  .object({
    jahr: jahrFeld.optional(),
    zeitraum: z
      .string()
      .trim()
      .regex(
        /^(20\d{2})(-Q[1-4]|-(0[1-9]|1[0-2]))?$/,
        'Zeitraum als Jahr (2026), Quartal (2026-Q3) oder Monat (2026-07) angeben.',
      )
      .optional(),
  })
  .refine((a) => a.jahr !== undefined || a.zeitraum !== undefined, {
    message: 'Bitte ein Jahr angeben, z. B. jahr=2026 (oder zeitraum=2026-Q3).',
    path: ['jahr'],
  });

/** Views that count whole years only (the Jugendamt's view over its providers). */
export const kennzahlenJahr = z.object({ jahr: jahrFeld });

export const berichtAbfrage = z.object({
  jahr: jahrFeld,
  format: z.enum(['pdf', 'xlsx'], { error: 'Das Format ist pdf oder xlsx.' }).optional(),
});

const zahlOderNull = z.number().nullable();

/** The provider's key figures of a span; each is defined in packages/rules (definitionen) and docs/kennzahlen.md. */
export const kennzahlen = z
  .object({
    jahr: z.number(),
    zeitraum: z.object({ text: z.string(), bezeichnung: z.string(), von: z.string(), bis: z.string() }),
    aufnahmen: z.number(),
    entlassungen: z.number(),
    verweildauerTage: z.object({ mittel: zahlOderNull, median: zahlOderNull }),
    belegendeJugendaemter: z.array(z.object({ name: z.string(), hilfen: z.number() })),
    beschwerden: z.number(),
    entlassungenNachGrund: z.object({
      planmaessig: z.number(),
      unplanmaessig: z.number(),
      ohneAngabe: z.number(),
      anteilPlanmaessigProzent: zahlOderNull,
    }),
    stunden: z.object({
      direkt: z.object({ ist: z.number(), plan: z.number(), erfuellungProzent: zahlOderNull }),
      fallunspezifisch: z.number(),
      falluebergreifend: z.number(),
      netzwerkarbeit: z.number(),
      indirekt: z.number(),
      fahrzeit: z.number(),
    }),
    /** Place-based services (Tagessatz) only; empty when the organisation has none. */
    auslastung: z.array(
      z.object({
        leistung: z.string(),
        name: z.string(),
        plaetze: zahlOderNull,
        belegungstage: z.number(),
        platztage: zahlOderNull,
        quoteProzent: zahlOderNull,
        min: z.number(),
        max: z.number(),
        bewertung: z.enum(['unter', 'im-band', 'ueber']).nullable(),
      }),
    ),
    fristen: z.object({
      faellig: z.number(),
      termingerecht: z.number(),
      verspaetet: z.number(),
      offen: z.number(),
      anteilProzent: zahlOderNull,
    }),
    kinderschutz: z.object({ begonnen: z.number(), abgeschlossen: z.number(), offenAmEnde: z.number() }),
    beschwerdenOffen: z.number(),
    /** Bremerhaven's key-figure list, when the organisation provides the Trägerbudget service. */
    bremerhaven: z
      .array(
        z.object({
          nr: z.number(),
          kennzahl: z.string(),
          wert: zahlOderNull,
          einheit: z.string(),
          hinweis: z.string(),
        }),
      )
      .nullable(),
    definitionen: z.array(
      z.object({ schluessel: z.string(), name: z.string(), definition: z.string(), quelle: z.string() }),
    ),
  })
  .meta({ id: 'Kennzahlen' });
export type Kennzahlen = z.infer<typeof kennzahlen>;

/** The Leitung's text parts of the yearly report, in the order the PDF prints them. */
export const JAHRESBERICHT_TEXTE = [
  { schluessel: 'einleitung', titel: 'Einleitung' },
  { schluessel: 'entwicklungen', titel: 'Entwicklungen im Jahr' },
  { schluessel: 'ausblick', titel: 'Ausblick' },
] as const;
export const JAHRESBERICHT_TEXT_MAX = 8000;
const berichtText = z
  .string({ error: 'Der Text muss eine Zeichenkette sein.' })
  .max(
    JAHRESBERICHT_TEXT_MAX,
    `Höchstens ${JAHRESBERICHT_TEXT_MAX.toLocaleString('de-DE')} Zeichen je Abschnitt.`,
  );

export const jahresberichtTexteAbfrage = z.object({ jahr: jahrFeld });
export const jahresberichtTexteEingabe = z.object({
  jahr: jahrFeld,
  /** 0 = nothing saved yet for the year. */
  version: z
    .number({ error: 'Die Version fehlt.' })
    .int('Die Version muss eine ganze Zahl sein.')
    .min(0, 'Die Version kann nicht negativ sein.'),
  texte: z.strictObject(
    {
      einleitung: berichtText.optional(),
      entwicklungen: berichtText.optional(),
      ausblick: berichtText.optional(),
    },
    { error: 'Unbekannter Abschnitt: erlaubt sind einleitung, entwicklungen und ausblick.' },
  ),
});
export const jahresberichtTexte = z
  .object({
    jahr: z.number(),
    version: z.number(),
    texte: z.object({ einleitung: z.string(), entwicklungen: z.string(), ausblick: z.string() }),
    /** Set once the report went to a Jugendamt: the texts are then fixed. */
    gesendetAm: z.string().nullable(),
    gesendetAn: z.object({ id: z.string(), name: z.string() }).nullable(),
    /** The Jugendämter the report may go to: those that placed Hilfen with the provider or agreed a Trägerbudget. */
    empfaenger: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .meta({ id: 'JahresberichtTexte' });
export type JahresberichtTexte = z.infer<typeof jahresberichtTexte>;

export const jahresberichtSenden = z.object({
  jahr: jahrFeld,
  jugendamtId: z.uuid({ error: 'Bitte ein Jugendamt aus der Liste wählen.' }),
});
