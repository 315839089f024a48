import { z } from 'zod';
import { SCHULUNG_ARTEN } from '../enums.ts';
import { tag } from './basis.ts';
import { datum, optText, pflicht } from './felder.ts';

export const schulungArt = z.enum(SCHULUNG_ARTEN, {
  error: `Bitte eine Art wählen: ${SCHULUNG_ARTEN.join(', ')}.`,
});

export const schulungEingabe = z.object({
  art: schulungArt,
  datum,
  anbieter: pflicht('den Anbieter oder die Referentin', 300),
  /** Required for `sonstige` (what it was about); the § 8a training names itself. */
  titel: optText(300),
});

export const schulungsstand = z.object({
  mitarbeiterId: z.string(),
  name: z.string(),
  letzte8a: tag.nullable(),
  faelligAm: tag,
  ueberfaellig: z.boolean(),
  schulungen: z.array(
    z.object({
      id: z.string(),
      art: schulungArt,
      titel: z.string().nullable(),
      datum: tag,
      anbieter: z.string(),
    }),
  ),
});

export type SchulungEingabe = z.input<typeof schulungEingabe>;
export type Schulungsstand = z.infer<typeof schulungsstand>;
