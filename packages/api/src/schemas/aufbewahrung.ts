/** Retention report and legal hold (docs/datenschutz.md). */
import { z } from 'zod';
import { datum, pflicht } from './felder.ts';

export const aufbewahrungFilter = z.object({ stichtag: datum.optional() });

export const loeschsperre = z
  .object({
    id: z.string(),
    fallId: z.string(),
    grund: z.string(),
    gesetztAm: z.string(),
    aufgehobenAm: z.string().nullable(),
  })
  .meta({ id: 'Loeschsperre' });
export type Loeschsperre = z.infer<typeof loeschsperre>;

/** The hold standing on one case file; `null` when none stands. */
export const loeschsperreStand = z.object({ sperre: loeschsperre.nullable() });

export const neueLoeschsperre = z.object({ grund: pflicht('den Grund der Löschsperre', 500) });

export const aufbewahrungsbericht = z.object({
  stichtag: z.string(),
  faelle: z.array(
    z.object({
      fallId: z.string(),
      aktenzeichen: z.string(),
      regel: z.enum(['9b-sgb-viii', '84-sgb-x']),
      quelle: z.string(),
      /** `laufend`: a Hilfe runs; `unbestimmt`: no birth date for § 9b; `befristet`: `ende` is known. */
      status: z.enum(['laufend', 'unbestimmt', 'befristet']),
      ende: z.string().nullable(),
      faellig: z.boolean(),
      sperre: z.object({ grund: z.string(), gesetztAm: z.string() }).nullable(),
    }),
  ),
});
export type Aufbewahrungsbericht = z.infer<typeof aufbewahrungsbericht>;
