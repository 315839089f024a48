import { z } from 'zod';

/** A published figure: its value, or `null` with `unterdrueckt: true` (a count of 1–2, or a mean over < 3). */
export const kennzahlZelle = z
  .object({ wert: z.number().nullable(), unterdrueckt: z.boolean() })
  .meta({ id: 'KennzahlZelle' });

const zahlen = {
  hilfenImJahr: kennzahlZelle,
  aufnahmen: kennzahlZelle,
  entlassungen: kennzahlZelle,
  verweildauerTage: z.object({ mittel: kennzahlZelle, median: kennzahlZelle }),
  /** Documented hours on these Hilfen in the year (own entries and group shares); hours are not suppressed. */
  stunden: z.number(),
};

/** Budget use where a Trägerbudget with this Jugendamt runs in the year: direct hours against the plan. */
export const budgetNutzung = z.object({
  planstunden: z.number(),
  direktstunden: z.number(),
  /** direktstunden / planstunden, null when nothing is planned in the year. */
  quote: z.number().nullable(),
});

export const kennzahlenTraeger = z
  .object({
    jahr: z.number(),
    traeger: z.array(
      z.object({ id: z.string(), name: z.string(), ...zahlen, budget: budgetNutzung.nullable() }),
    ),
    summe: z.object(zahlen),
  })
  .meta({ id: 'KennzahlenTraeger' });
export type KennzahlenTraeger = z.infer<typeof kennzahlenTraeger>;

export const kennzahlenTraegerExport = z.object({
  jahr: z.coerce
    .number<string | number>({ error: 'Bitte ein Jahr angeben, z. B. jahr=2026.' })
    .int('Das Jahr ist eine ganze Zahl.')
    .min(2000, 'Das Jahr liegt zwischen 2000 und 2099.')
    .max(2099, 'Das Jahr liegt zwischen 2000 und 2099.'),
  format: z.enum(['csv', 'xlsx'], { error: 'Das Format ist csv oder xlsx.' }),
});
