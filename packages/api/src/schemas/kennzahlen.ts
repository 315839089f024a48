import { z } from 'zod';

export const kennzahlenAbfrage = z.object({
  jahr: z.coerce
    .number<string | number>({ error: 'Bitte ein Jahr angeben, z. B. jahr=2026.' })
    .int('Das Jahr ist eine ganze Zahl.')
    .min(2000, 'Das Jahr liegt zwischen 2000 und 2099.')
    .max(2099, 'Das Jahr liegt zwischen 2000 und 2099.'),
});

/** The provider's key figures of a year; each is defined in docs/kennzahlen.md. */
export const kennzahlen = z
  .object({
    jahr: z.number(),
    aufnahmen: z.number(),
    entlassungen: z.number(),
    verweildauerTage: z.object({ mittel: z.number().nullable(), median: z.number().nullable() }),
    belegendeJugendaemter: z.array(z.object({ name: z.string(), hilfen: z.number() })),
    beschwerden: z.number(),
  })
  .meta({ id: 'Kennzahlen' });
export type Kennzahlen = z.infer<typeof kennzahlen>;
