import { z } from 'zod';
import { BESCHWERDE_QUELLEN, BESCHWERDE_STATUS } from '../enums.ts';
import { tag } from './basis.ts';
import { optText } from './felder.ts';

/** The public form (no login): the organisation's kennung from the poster's address, and a honeypot. */
export const beschwerdeEinreichen = z.object({
  organisation: z
    .string({ error: 'Die Organisation fehlt.' })
    .trim()
    .regex(/^[a-z0-9-]{1,60}$/i, 'Die Organisation ist unbekannt.'),
  text: z
    .string({ error: 'Bitte schreiben Sie Ihre Beschwerde auf.' })
    .trim()
    .min(1, 'Bitte schreiben Sie Ihre Beschwerde auf.')
    .max(5000, 'Bitte fassen Sie sich kürzer: höchstens 5000 Zeichen.'),
  kontakt: z.string().trim().max(200, 'Höchstens 200 Zeichen.').optional(),
  /** Invisible field: a person leaves it empty, a bot fills it in. */
  webseite: z.string().max(500).optional(),
});

export const beschwerdeEingereicht = z.object({ vorgangsnummer: z.string() });

export const beschwerdeStatusEingabe = z.object({
  status: z.enum(BESCHWERDE_STATUS, {
    error: 'Bitte einen Status wählen: in_bearbeitung, beantwortet oder abgeschlossen.',
  }),
  ergebnis: optText(4000),
});

export const beschwerde = z.object({
  id: z.string(),
  vorgangsnummer: z.string(),
  quelle: z.enum(BESCHWERDE_QUELLEN),
  text: z.string(),
  kontakt: z.string().nullable(),
  status: z.enum(BESCHWERDE_STATUS),
  eingegangenAm: tag,
  bestaetigungFaellig: tag,
  antwortFaellig: tag,
  bestaetigtAm: tag.nullable(),
  beantwortetAm: tag.nullable(),
  abgeschlossenAm: tag.nullable(),
  ergebnis: z.string().nullable(),
  bestaetigungUeberfaellig: z.boolean(),
  antwortUeberfaellig: z.boolean(),
});

export type BeschwerdeEinreichen = z.infer<typeof beschwerdeEinreichen>;
export type BeschwerdeEingereicht = z.infer<typeof beschwerdeEingereicht>;
export type BeschwerdeStatusEingabe = z.infer<typeof beschwerdeStatusEingabe>;
export type Beschwerde = z.infer<typeof beschwerde>;
