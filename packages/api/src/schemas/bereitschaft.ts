import { z } from 'zod';
import { zeitpunkt } from './basis.ts';
import { id, pflicht } from './felder.ts';

// A malformed month in the path is a page that does not exist (404), like a malformed id.
export const bereitschaftMonatParams = z.object({
  monat: z.string().regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/),
});

const zeitpunktEingabe = (was: string) =>
  z.iso.datetime({
    offset: true,
    error: `Bitte ${was} als Zeitpunkt angeben, z. B. 2026-12-01T18:00:00+01:00.`,
  });

export const dienstEingabe = z.object({
  mitarbeiterId: id,
  von: zeitpunktEingabe('den Beginn'),
  bis: zeitpunktEingabe('das Ende'),
  telefon: pflicht('die Telefonnummer', 40),
});

export const dienst = z.object({
  id: z.string(),
  mitarbeiterId: z.string(),
  name: z.string(),
  von: zeitpunkt,
  bis: zeitpunkt,
  telefon: z.string(),
  /** Leave or illness of the person during the shift (entered after it was planned): someone must take over. */
  abwesenheit: z.string().nullable(),
});

export type DienstEingabe = z.infer<typeof dienstEingabe>;
export type Dienst = z.infer<typeof dienst>;
