import { z } from 'zod';
import { BESCHWERDE_QUELLEN, BESCHWERDE_QUELLEN_INTERN, BESCHWERDE_STATUS } from '../enums.ts';
import { tag } from './basis.ts';
import { datum, id, optText } from './felder.ts';

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
  verantwortlichId: z.string().nullable(),
  verantwortlichName: z.string().nullable(),
  bestaetigungUeberfaellig: z.boolean(),
  antwortUeberfaellig: z.boolean(),
});

/** Leitung enters a complaint that came by phone, letter or in person. */
export const beschwerdeErfassen = z.object({
  quelle: z.enum(BESCHWERDE_QUELLEN_INTERN, {
    error: 'Bitte wählen, von wem die Beschwerde kommt: extern, adressat oder mitarbeitende.',
  }),
  eingegangenAm: datum,
  text: z
    .string({ error: 'Bitte geben Sie die Beschwerde an.' })
    .trim()
    .min(1, 'Bitte geben Sie die Beschwerde an.')
    .max(5000, 'Höchstens 5000 Zeichen.'),
  kontakt: optText(200),
  verantwortlichId: id.nullable().optional(),
});

export const beschwerdeVerantwortlich = z.object({
  verantwortlichId: z.uuid({ error: 'Bitte eine verantwortliche Person wählen.' }).nullable(),
});

export const beschwerdeAbschluss = z.object({
  ergebnis: z
    .string({ error: 'Bitte beschreiben Sie kurz, was die Beschwerde ergeben hat.' })
    .trim()
    .min(1, 'Bitte beschreiben Sie kurz, was die Beschwerde ergeben hat.')
    .max(4000, 'Höchstens 4000 Zeichen.'),
  abgeschlossenAm: datum,
});

export const beschwerdeStatistikAbfrage = z.object({
  jahr: z.coerce
    .number({ error: 'Bitte ein Jahr angeben.' })
    .int('Bitte ein Jahr angeben.')
    .min(2000, 'Bitte ein Jahr zwischen 2000 und 2099 angeben.')
    .max(2099, 'Bitte ein Jahr zwischen 2000 und 2099 angeben.'),
});

export const beschwerdeStatistik = z.object({
  jahr: z.number(),
  anzahl: z.number(),
  nachQuelle: z.object(
    Object.fromEntries(BESCHWERDE_QUELLEN.map((q) => [q, z.number()])) as Record<
      (typeof BESCHWERDE_QUELLEN)[number],
      z.ZodNumber
    >,
  ),
  /** Twelve numbers, January first. */
  nachMonat: z.array(z.number()),
  /** Calendar days from receipt to close, over the closed ones; null when none is closed. */
  medianBearbeitungstage: z.number().nullable(),
  /** Shares 0..1 over the complaints whose period has run out or that were done; null when none. */
  anteilBestaetigtInFrist: z.number().nullable(),
  anteilBeantwortetInFrist: z.number().nullable(),
});

export type BeschwerdeErfassen = z.infer<typeof beschwerdeErfassen>;
export type BeschwerdeAbschluss = z.infer<typeof beschwerdeAbschluss>;
export type BeschwerdeStatistik = z.infer<typeof beschwerdeStatistik>;
export type BeschwerdeEinreichen = z.infer<typeof beschwerdeEinreichen>;
export type BeschwerdeEingereicht = z.infer<typeof beschwerdeEingereicht>;
export type BeschwerdeStatusEingabe = z.infer<typeof beschwerdeStatusEingabe>;
export type Beschwerde = z.infer<typeof beschwerde>;
