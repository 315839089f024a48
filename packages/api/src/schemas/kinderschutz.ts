import { z } from 'zod';
import { tag } from './basis.ts';
import { datum, id, pflicht } from './felder.ts';

export const KINDERSCHUTZ_SCHRITTE = [
  'gefaehrdungseinschaetzung',
  'iefk-beratung',
  'einbeziehung',
  'schutzplan',
  'mitteilung-jugendamt',
  'abschluss',
] as const;
export const kinderschutzSchrittArt = z.enum(KINDERSCHUTZ_SCHRITTE, {
  error: `Bitte eine Art des Schritts wählen: ${KINDERSCHUTZ_SCHRITTE.join(', ')}.`,
});

export const verfahrenStart = z.object({
  fallId: id,
  anhaltspunkte: pflicht('die gewichtigen Anhaltspunkte', 20_000),
  datum: datum.optional(),
});

export const schrittEingabe = z.object({
  art: kinderschutzSchrittArt,
  datum,
  inhalt: z.record(z.string(), z.unknown(), { error: 'Bitte den Inhalt des Schritts angeben.' }),
});

const zustellung = z.object({
  jugendamt: z.object({ id: z.string(), name: z.string() }).nullable(),
  imPosteingang: z.boolean(),
  hinweis: z.string(),
});

export const schrittErgebnis = z.object({
  id: z.string(),
  art: kinderschutzSchrittArt,
  datum: tag,
  zustellung: zustellung.optional(),
});

export const verfahrenKurz = z
  .object({
    id: z.string(),
    fallId: z.string(),
    aktenzeichen: z.string(),
    begonnenAm: tag,
    abgeschlossenAm: tag.nullable(),
    schritte: z.number(),
    naechsterSchritt: kinderschutzSchrittArt.nullable(),
    naechsterSchrittTitel: z.string().nullable(),
    ueberpruefungAm: tag.nullable(),
  })
  .meta({ id: 'KinderschutzVerfahrenKurz' });

export const verfahren = z
  .object({
    id: z.string(),
    fallId: z.string(),
    aktenzeichen: z.string(),
    anhaltspunkte: z.string(),
    begonnenAm: tag,
    begonnenVon: z.string(),
    abgeschlossenAm: tag.nullable(),
    naechsterSchritt: kinderschutzSchrittArt.nullable(),
    moeglicheSchritte: z.array(
      z.object({ art: kinderschutzSchrittArt, titel: z.string(), erwartung: z.string() }),
    ),
    ueberpruefungAm: tag.nullable(),
    schritte: z.array(
      z.object({
        id: z.string(),
        art: kinderschutzSchrittArt,
        titel: z.string(),
        datum: tag,
        inhalt: z.record(z.string(), z.unknown()),
        erfasstVon: z.string(),
        erfasstAm: z.string(),
      }),
    ),
  })
  .meta({ id: 'KinderschutzVerfahren' });

/** What the insoweit erfahrene Fachkraft sees: labels and ages, never names, birth dates or file numbers. */
export const vignette = z
  .object({
    id: z.string(),
    begonnenAm: tag,
    leistungen: z.array(z.string()),
    pseudonyme: z.array(
      z.object({ bezeichnung: z.string(), rolle: z.string(), alterJahre: z.number().nullable() }),
    ),
    anhaltspunkte: z.string(),
    schritte: z.array(
      z.object({ art: kinderschutzSchrittArt, datum: tag, inhalt: z.record(z.string(), z.unknown()) }),
    ),
    abgeschlossen: z.boolean(),
    naechsterSchritt: kinderschutzSchrittArt.nullable(),
  })
  .meta({ id: 'KinderschutzVignette' });
export type Vignette = z.infer<typeof vignette>;

export const vignetteKurz = z.object({
  id: z.string(),
  begonnenAm: tag,
  abgeschlossen: z.boolean(),
  wartetAufBeratung: z.boolean(),
  beratungen: z.number(),
  person: z.string().nullable(),
});

export type VerfahrenKurz = z.infer<typeof verfahrenKurz>;
export type Verfahren = z.infer<typeof verfahren>;
export type VignetteKurz = z.infer<typeof vignetteKurz>;
export type SchrittErgebnis = z.infer<typeof schrittErgebnis>;
export type Zustellung = z.infer<typeof zustellung>;
export type VerfahrenStart = z.input<typeof verfahrenStart>;
export type SchrittEingabe = z.input<typeof schrittEingabe>;
