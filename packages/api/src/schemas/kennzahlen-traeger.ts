import { z } from 'zod';

const anzahl = z.number().nullable();

/**
 * The provider's figures as they leave for the Jugendamt: each a number, or `null` where it is suppressed (a
 * count of 1–2, a mean or median over fewer than 3 Hilfen); then `unterdrueckt` is true and
 * `unterdrueckteFelder` names the figures. A `null` without it means there is nothing to compute.
 */
const zahlen = {
  hilfenImJahr: anzahl,
  aufnahmen: anzahl,
  entlassungen: anzahl,
  verweildauerTage: z.object({ mittel: anzahl, median: anzahl }),
  /** This Jugendamt with the Hilfen counted (the figures cover only the Hilfen it granted). */
  belegendeJugendaemter: z.array(z.object({ name: z.string(), hilfen: anzahl })),
  /** The provider's complaints in the year, all of them: a complaint names no Jugendamt. */
  beschwerden: anzahl,
  /** Documented hours on these Hilfen in the year (own entries and group shares); hours are not suppressed. */
  stunden: z.number(),
  unterdrueckt: z.boolean(),
  unterdrueckteFelder: z.array(z.string()),
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
