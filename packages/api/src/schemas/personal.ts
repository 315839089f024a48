import { z } from 'zod';
import { PERSONAL_FUNKTIONEN, PERSONAL_QUALIFIKATIONEN } from '../enums.ts';
import { tag } from './basis.ts';
import { datum, id, optDatum, pflicht, version } from './felder.ts';

const vk = z
  .number({ error: 'Bitte den Stellenumfang (VK) als Zahl angeben, z. B. 0,75.' })
  .min(0, 'Der Stellenumfang liegt zwischen 0 und 1,0 VK.')
  .max(1, 'Eine Person hat höchstens 1,0 VK.');

export const besetzungAbfrage = z.object({
  monat: z
    .string({ error: 'Bitte den Monat angeben (JJJJ-MM).' })
    .regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, 'Bitte den Monat im Format JJJJ-MM angeben.'),
});

export const mitarbeiterEingabe = z.object({
  name: pflicht('den Namen'),
  benutzerId: id.nullable().optional(),
  qualifikation: z.enum(PERSONAL_QUALIFIKATIONEN, {
    error: 'Bitte eine Qualifikation wählen: sozialpaedagogik, erziehung oder semiprofessionell.',
  }),
  funktion: z.enum(PERSONAL_FUNKTIONEN, {
    error: 'Bitte eine Funktion wählen: betreuung oder leitung.',
  }),
  berufsjahre: z
    .number({ error: 'Die Berufsjahre sind eine Zahl.' })
    .int('Die Berufsjahre sind eine ganze Zahl.')
    .min(0, 'Die Berufsjahre liegen zwischen 0 und 60.')
    .max(60, 'Die Berufsjahre liegen zwischen 0 und 60.')
    .nullable()
    .optional(),
  leistung: pflicht('die Leistung', 80),
  eintritt: datum,
  austritt: optDatum,
  vk,
  fuehrungszeugnisAm: optDatum,
});

/**
 * Changes to a person's record (not the VK, which is dated: vkEingabe). `version` is the one the form
 * started from; a newer one answers 409 with the current record.
 */
export const mitarbeiterAenderung = mitarbeiterEingabe.omit({ vk: true }).extend({ version });

/** A new VK from a day on; the history before stays as it was. */
export const vkEingabe = z.object({ ab: datum, vk });

export const mitarbeiter = z.object({
  id: z.string(),
  benutzerId: z.string().nullable(),
  name: z.string(),
  qualifikation: z.enum(PERSONAL_QUALIFIKATIONEN),
  funktion: z.enum(PERSONAL_FUNKTIONEN),
  berufsjahre: z.number().nullable(),
  leistung: z.string(),
  eintritt: tag,
  austritt: tag.nullable(),
  vkHeute: z.number(),
  vkVerlauf: z.array(z.object({ ab: tag, vk: z.number() })),
  fuehrungszeugnisAm: tag.nullable(),
  /** § 72a: five years after the last certificate of conduct. */
  fuehrungszeugnisFaellig: tag.nullable(),
  fuehrungszeugnisUeberfaellig: z.boolean(),
  version: z.number(),
});

export const besetzungZeile = z.object({
  bereich: z.string(),
  text: z.string(),
  soll: z.number().nullable(),
  ist: z.number().nullable(),
  erfuellt: z.boolean(),
  /** Where the key comes from (catalogue file and paragraph). */
  quelle: z.string(),
});

export const besetzung = z.object({
  leistung: z.string(),
  titel: z.string(),
  monat: z.string(),
  faelle: z.number(),
  sollVk: z.number().nullable(),
  istVk: z.number(),
  schluessel: z.string().nullable(),
  erfuellt: z.boolean().nullable(),
  zeilen: z.array(besetzungZeile),
  hinweise: z.array(z.string()),
});

export const besetzungJahrAbfrage = z.object({
  jahr: z.coerce
    .number<string>({ error: 'Bitte das Jahr angeben (JJJJ).' })
    .int('Bitte das Jahr als ganze Zahl angeben.')
    .min(2000, 'Bitte ein Jahr zwischen 2000 und 2099 angeben.')
    .max(2099, 'Bitte ein Jahr zwischen 2000 und 2099 angeben.'),
});

/** Required against actual VK per month of a year for one Leistung (the chart of the staffing page). */
export const besetzungJahr = z.object({
  leistung: z.string(),
  titel: z.string(),
  monate: z.array(
    z.object({
      monat: z.string(),
      sollVk: z.number().nullable(),
      istVk: z.number(),
      erfuellt: z.boolean().nullable(),
      /** Each condition not met, with its source. */
      nichtErfuellt: z.array(z.string()),
    }),
  ),
});

export type BesetzungJahr = z.infer<typeof besetzungJahr>;
export type MitarbeiterEingabe = z.infer<typeof mitarbeiterEingabe>;
export type MitarbeiterAenderung = z.infer<typeof mitarbeiterAenderung>;
export type VkEingabe = z.infer<typeof vkEingabe>;
export type Mitarbeiter = z.infer<typeof mitarbeiter>;
export type BesetzungZeile = z.infer<typeof besetzungZeile>;
export type Besetzung = z.infer<typeof besetzung>;
