import { z } from 'zod';
import { PFLICHT_STATUS, VORKOMMNIS_ARTEN, VORKOMMNIS_PFLICHTEN } from '../enums.ts';
import { tag } from './basis.ts';
import { datum, optText, pflicht } from './felder.ts';

export const vorkommnisArt = z.enum(VORKOMMNIS_ARTEN, {
  error: `Bitte eine Art des Vorkommnisses wählen: ${VORKOMMNIS_ARTEN.join(', ')}.`,
});
export const vorkommnisPflichtArt = z.enum(VORKOMMNIS_PFLICHTEN, {
  error: `Bitte eine Pflicht wählen: ${VORKOMMNIS_PFLICHTEN.join(', ')}.`,
});

/**
 * What was done for a duty: the contact (date, whom, how) or the reason why not. Dates and the rest are
 * checked against the event by the rules (422 per field), so the fields are optional here.
 */
export const pflichtErledigung = z.object({
  datum: datum.optional(),
  an: optText(300).transform((v) => v ?? undefined),
  weg: optText(100).transform((v) => v ?? undefined),
  grund: optText(2000).transform((v) => v ?? undefined),
});

export const neuesVorkommnis = z.object({
  art: vorkommnisArt,
  datum,
  beschreibung: pflicht('was geschehen ist', 20_000),
  /** Contacts already made when the event is recorded, per duty. */
  kontakte: z
    .array(pflichtErledigung.extend({ pflicht: vorkommnisPflichtArt }))
    .max(3)
    .default([]),
});

export const vorkommnisPflicht = z.object({
  art: vorkommnisPflichtArt,
  titel: z.string(),
  frist: z.enum(['sofort', 'umgehend', 'unverzueglich']),
  faelligAm: tag,
  grundlage: z.string(),
  status: z.enum(PFLICHT_STATUS),
  erledigtAm: tag.nullable(),
  an: z.string().nullable(),
  weg: z.string().nullable(),
  grund: z.string().nullable(),
});

export const vorkommnis = z.object({
  id: z.string(),
  fallId: z.string(),
  art: vorkommnisArt,
  titel: z.string(),
  datum: tag,
  beschreibung: z.string(),
  stationaer: z.boolean(),
  erfasstVon: z.string(),
  pflichten: z.array(vorkommnisPflicht),
});

/** An open duty for the overview: no description (the health detail stays in the case). */
export const offenePflicht = z.object({
  vorkommnisId: z.string(),
  fallId: z.string(),
  aktenzeichen: z.string(),
  vorkommnis: z.string(),
  datum: tag,
  art: vorkommnisPflichtArt,
  titel: z.string(),
  faelligAm: tag,
  status: z.enum(PFLICHT_STATUS),
});

export type NeuesVorkommnis = z.input<typeof neuesVorkommnis>;
export type PflichtErledigungEingabe = z.input<typeof pflichtErledigung>;
export type Vorkommnis = z.infer<typeof vorkommnis>;
export type VorkommnisPflicht = z.infer<typeof vorkommnisPflicht>;
export type OffenePflicht = z.infer<typeof offenePflicht>;
