/** Case deadlines, organisation deadlines, reminders, calendar subscription. */
import { z } from 'zod';
import { friststatus, PFLICHT_RHYTHMEN, pflichtRhythmus, rolle } from '../enums.ts';
import { bezug, tag, zeitpunkt } from './basis.ts';
import { datum, optText, pflicht, version } from './felder.ts';

export const erledigung = z.object({
  erledigtAm: datum,
  nachweis: pflicht('an, womit die Frist erfüllt wurde (z. B. „Bericht per Post versandt“)', 500),
});
export type Erledigung = z.input<typeof erledigung>;

export const hilfeendeAbfrage = z.object({
  leistung: z.string().trim().min(1).max(100),
  beginn: datum,
  geplantesEnde: datum.optional(),
  ausnahmeBegruendung: z.string().max(2000).optional(),
});
export type HilfeendeAbfrage = z.input<typeof hilfeendeAbfrage>;

export const zeitraum = z.object({ von: datum, bis: datum });

export const erinnerungEinstellung = z.object({
  erinnerungTage: z
    .number({ error: 'Bitte eine Zahl von Tagen angeben.' })
    .int('Bitte eine ganze Zahl von Tagen angeben.')
    .min(0, 'Mindestens 0 Tage.')
    .max(90, 'Höchstens 90 Tage.'),
});

export const frist = z
  .object({
    id: z.string(),
    fallId: z.string(),
    aktenzeichen: z.string(),
    hilfeId: z.string(),
    leistung: z.string(),
    regel: z.string(),
    bezeichnung: z.string(),
    /** The clause of the contract, as a reader cites it. */
    quelle: z.string().nullable(),
    /** null: "offen ohne Datum" — the event has no date yet. */
    faellig: tag.nullable(),
    status: friststatus,
    /** The HPG date became known too late; the deadline does not count as missed. */
    kurzfristig: z.boolean(),
    ereignisId: z.string().nullable(),
    erledigtAm: tag.nullable(),
    erledigtVon: bezug.nullable(),
    nachweis: z.string().nullable(),
  })
  .meta({ id: 'Frist' });
export type Frist = z.infer<typeof frist>;

export const meineFristen = z.object({
  heute: tag,
  ueberfaellig: z.array(frist),
  dieseWoche: z.array(frist),
  naechsteVierWochen: z.array(frist),
  ohneDatum: z.array(frist),
});
export type MeineFristen = z.infer<typeof meineFristen>;

const zaehler = z.object({ ueberfaellig: z.number(), dieseWoche: z.number(), offen: z.number() });
export type Zaehler = z.infer<typeof zaehler>;

export const teamFristen = z.object({
  heute: tag,
  mitarbeitende: z.array(zaehler.extend({ benutzerId: z.string(), name: z.string(), rolle })),
  ohneTeam: zaehler,
  ueberfaellig: z.array(frist.extend({ team: z.array(z.string()) })),
});
export type TeamFristen = z.infer<typeof teamFristen>;

export const organisationsfrist = z.object({
  id: z.string(),
  regel: z.string(),
  bezeichnung: z.string(),
  quelle: z.string().nullable(),
  faellig: tag,
  status: friststatus,
  erledigtAm: tag.nullable(),
  erledigtVon: z.string().nullable(),
  nachweis: z.string().nullable(),
  /** The report attached when it was met; null without one or for roles that may not read it. */
  bericht: z.object({ id: z.string(), name: z.string(), mime: z.string(), groesse: z.number() }).nullable(),
  /** Set for a duty the Leitung set itself (rule `eigen-<id>`). */
  eigenePflichtId: z.string().nullable(),
});
export type Organisationsfrist = z.infer<typeof organisationsfrist>;

/** The text fields of the multipart form that marks an organisation deadline met with its report (`datei`). */
export const erledigungMitBericht = z.object({
  erledigtAm: datum,
  nachweis: z.string().trim().max(500, 'Höchstens 500 Zeichen.').optional(),
});

export const kalenderFristen = z.object({
  von: tag,
  bis: tag,
  fristen: z.array(frist),
  organisationsfristen: z.array(organisationsfrist),
});
export type KalenderFristen = z.infer<typeof kalenderFristen>;

export const erinnerungen = z.object({
  erinnerungTage: z.number(),
  ueberfaellig: z.number(),
  bald: z.number(),
  fristen: z.array(frist),
});
export type Erinnerungen = z.infer<typeof erinnerungen>;

export const hilfeendepruefung = z.object({
  zulaessig: z.boolean(),
  spaetestesEnde: tag.nullable(),
  spaetestesEndeMitBegruendung: tag.nullable(),
  meldung: z.string().nullable(),
  quelle: z.string().nullable(),
});
export type Hilfeendepruefung = z.infer<typeof hilfeendepruefung>;

export const kalenderAbo = z.object({ aktiv: z.boolean(), erstelltAm: zeitpunkt.nullable() });
export const neuesKalenderAbo = z.object({ token: z.string(), pfad: z.string(), url: z.string() });

/** A recurring duty the Leitung set itself (supervision): its deadlines are organisation deadlines. */
export const eigenePflicht = z.object({
  id: z.string(),
  titel: z.string(),
  rhythmus: pflichtRhythmus,
  alleWochen: z.number().nullable(),
  erstmals: tag,
  hinweis: z.string().nullable(),
  beendetAm: tag.nullable(),
  version: z.number(),
});
export type EigenePflicht = z.infer<typeof eigenePflicht>;

const rhythmusFeld = z.enum(PFLICHT_RHYTHMEN, {
  error:
    'Bitte einen Rhythmus wählen: monatlich, vierteljährlich, halbjährlich, jährlich oder alle N Wochen.',
});
const wochenFeld = z
  .number({ error: 'Bitte die Zahl der Wochen angeben.' })
  .int('Bitte eine ganze Zahl von 1 bis 52 Wochen angeben.')
  .min(1, 'Bitte eine ganze Zahl von 1 bis 52 Wochen angeben.')
  .max(52, 'Bitte eine ganze Zahl von 1 bis 52 Wochen angeben.')
  .nullable()
  .optional();

export const neueEigenePflicht = z.object({
  titel: pflicht('einen Titel', 200),
  rhythmus: rhythmusFeld,
  alleWochen: wochenFeld,
  erstmals: datum,
  hinweis: optText(2000),
});
export type NeueEigenePflicht = z.input<typeof neueEigenePflicht>;

export const eigenePflichtAenderung = neueEigenePflicht.extend({ version });
export type EigenePflichtAenderung = z.input<typeof eigenePflichtAenderung>;
