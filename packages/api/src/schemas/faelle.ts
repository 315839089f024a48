/** Cases, their persons, Hilfen, events, notes and team: requests and answers. */
import { z } from 'zod';
import { beendigung, empfehlung, FALL_STATUS, PERSON_ROLLEN, rolle } from '../enums.ts';
import { betrag, bezug, tag, zeitpunkt } from './basis.ts';
import {
  datum,
  ereignisArt,
  id,
  optDatum,
  optText,
  personRolle,
  pflicht,
  proSeite,
  seite,
  version,
} from './felder.ts';

export const fallStatus = z.enum(FALL_STATUS, { error: 'Status ist aktiv oder beendet.' });

// --- Anfragen ---

const personFelder = {
  rolle: personRolle,
  vorname: pflicht('den Vornamen'),
  nachname: pflicht('den Nachnamen'),
  geburtsdatum: optDatum,
};
/**
 * A `weitere_person` (Anlage D.8) carries who consented to including it and when. A new case takes no
 * consent: it names a person of the case, who does not exist before the case.
 */
export const neuePerson = z.object({
  ...personFelder,
  zustimmungVon: id.nullable().optional(),
  zustimmungAm: optDatum,
});
export type NeuePerson = z.input<typeof neuePerson>;
export const personAenderung = neuePerson.partial().extend({ version });
export type PersonAenderung = z.input<typeof personAenderung>;

export const fallFilter = z.object({
  suche: z.string().trim().max(200).optional(),
  leistung: z.string().trim().max(100).optional(),
  jugendamt: id.optional(),
  status: fallStatus.optional(),
  seite,
  proSeite,
});
export type FallFilter = z.input<typeof fallFilter>;

export const neuerFall = z.object({
  aktenzeichen: pflicht('das Aktenzeichen', 50),
  bezeichnung: pflicht('eine Bezeichnung'),
  personen: z.array(z.object(personFelder)).max(50).optional(),
});
export type NeuerFall = z.input<typeof neuerFall>;

export const fallAenderung = z.object({
  version,
  aktenzeichen: pflicht('das Aktenzeichen', 50).optional(),
  bezeichnung: pflicht('eine Bezeichnung').optional(),
  status: fallStatus.optional(),
});
export type FallAenderung = z.input<typeof fallAenderung>;

const hilfeFelder = {
  leistung: pflicht('die Leistung', 100),
  variante: z.string().trim().max(100).nullable().optional(),
  rechtsgrundlage: pflicht('die Rechtsgrundlage'),
  jugendamtId: z.uuid({ error: 'Bitte wählen Sie ein Jugendamt aus der Liste.' }),
  aktenzeichenJugendamt: optText(100),
  beginn: datum,
  geplantesEnde: optDatum,
  ausnahmeBegruendung: optText(),
  /** LT 11: the preceding stationary Hilfe of the case, or where the young person came from. */
  vorgaengerHilfeId: id.nullable().optional(),
  herkunft: z.string().trim().max(100).nullable().optional(),
  herkunftText: optText(500),
  /** Agreed in the Hilfeplan (Bremerhaven II.6); null: the contract's interval. */
  berichtsintervallMonate: z
    .number({ error: 'Bitte das Berichtsintervall als ganze Zahl von Monaten angeben.' })
    .int('Bitte ganze Monate angeben.')
    .min(1, 'Das Berichtsintervall beträgt mindestens 1 Monat.')
    .max(6, 'Das Berichtsintervall beträgt höchstens 6 Monate (alle 6 Monate, in Absprache auch kürzer).')
    .nullable()
    .optional(),
  /** Billed outside the rate or budget, each its own invoice line (D.8, Bremerhaven § 39). */
  zusatzleistungen: z
    .array(
      z.object({
        datum,
        text: pflicht('die Zusatzleistung', 300),
        betrag: z
          .string({ error: 'Bitte geben Sie den Betrag an.' })
          .regex(/^\d{1,9}\.\d{2}$/, 'Bitte einen Betrag mit zwei Nachkommastellen angeben, z. B. 120.00.')
          .refine((b) => Number(b) > 0, 'Der Betrag muss größer als 0 sein.'),
        genehmigung: pflicht('die Genehmigung des Jugendamts', 100),
      }),
    )
    .max(500)
    .optional(),
};
export const neueHilfe = z.object(hilfeFelder);
export type HilfeEingabe = z.input<typeof neueHilfe>;
export const hilfeAenderung = z
  .object({
    ...hilfeFelder,
    tatsaechlichesEnde: optDatum,
    endegrund: optText(500),
    beendigung: beendigung.nullable().optional(),
  })
  .partial()
  .extend({ version });
export type HilfeAenderung = z.input<typeof hilfeAenderung>;

const ereignisFelder = {
  art: ereignisArt,
  datum,
  hilfeId: id.nullable().optional(),
  bekanntSeit: optDatum,
  notiz: optText(),
};
export const neuesEreignis = z.object(ereignisFelder);
export type NeuesEreignis = z.input<typeof neuesEreignis>;
export const ereignisKorrektur = z.object(ereignisFelder).partial().extend({ version });
export type EreignisKorrektur = z.input<typeof ereignisKorrektur>;

export const neueNotiz = z.object({
  text: pflicht('einen Text', 20_000),
  besondereKategorie: z.boolean().optional(),
});
export type NeueNotiz = z.input<typeof neueNotiz>;

// --- Antworten ---

export const fallZeile = z
  .object({
    id: z.string(),
    aktenzeichen: z.string(),
    bezeichnung: z.string(),
    /** Of the newest Hilfe the user may see. */
    leistung: z.string().nullable(),
    variante: z.string().nullable(),
    jugendamt: bezug.nullable(),
    status: z.enum(FALL_STATUS),
    beginn: tag.nullable(),
    version: z.number(),
  })
  .meta({ id: 'FallZeile' });
export type FallZeile = z.infer<typeof fallZeile>;

export const person = z
  .object({
    id: z.string(),
    rolle: z.enum(PERSON_ROLLEN),
    vorname: z.string(),
    nachname: z.string(),
    geburtsdatum: tag.nullable(),
    /** A `weitere_person` (Anlage D.8): the caring parent who consented, and when. */
    zustimmungVon: z.string().nullable(),
    zustimmungAm: tag.nullable(),
    version: z.number(),
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof person>;

export const zusatzleistung = z.object({
  datum: tag,
  text: z.string(),
  /** Two-place decimal, e.g. "120.00". */
  betrag,
  genehmigung: z.string(),
});
export type Zusatzleistung = z.infer<typeof zusatzleistung>;

export const hilfe = z
  .object({
    id: z.string(),
    leistung: z.string(),
    variante: z.string().nullable(),
    rechtsgrundlage: z.string(),
    jugendamt: bezug,
    aktenzeichenJugendamt: z.string().nullable(),
    beginn: tag,
    geplantesEnde: tag.nullable(),
    tatsaechlichesEnde: tag.nullable(),
    endegrund: z.string().nullable(),
    beendigung: beendigung.nullable(),
    ausnahmeBegruendung: z.string().nullable(),
    vorgaengerHilfeId: z.string().nullable(),
    herkunft: z.string().nullable(),
    herkunftText: z.string().nullable(),
    berichtsintervallMonate: z.number().nullable(),
    zusatzleistungen: z.array(zusatzleistung),
    /** The Jugendamt's staffing recommendation; binding when `kinderschutzrelevant`. */
    empfehlung: empfehlung.nullable(),
    kinderschutzrelevant: z.boolean(),
    version: z.number(),
  })
  .meta({ id: 'Hilfe' });
export type Hilfe = z.infer<typeof hilfe>;

export const ereignis = z
  .object({
    id: z.string(),
    hilfeId: z.string().nullable(),
    art: ereignisArt,
    datum: tag,
    bekanntSeit: tag.nullable(),
    /** null for roles without access to case narrative. */
    notiz: z.string().nullable(),
    /** Who recorded it; `name` is null when the account is no longer known. */
    erfasstVon: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    erfasstAm: zeitpunkt,
    version: z.number(),
  })
  .meta({ id: 'Ereignis' });
export type Ereignis = z.infer<typeof ereignis>;

export const teamMitglied = z.object({ benutzerId: z.string(), name: z.string(), rolle });
export type TeamMitglied = z.infer<typeof teamMitglied>;
export const team = z.array(teamMitglied);

/** The case file; parts the role may not read come back empty. */
export const fall = z
  .object({
    id: z.string(),
    aktenzeichen: z.string(),
    bezeichnung: z.string(),
    status: z.enum(FALL_STATUS),
    version: z.number(),
    personen: z.array(person),
    hilfen: z.array(hilfe),
    ereignisse: z.array(ereignis),
    team,
  })
  .meta({ id: 'Fall' });
export type Fall = z.infer<typeof fall>;

export const notiz = z.object({
  id: z.string(),
  text: z.string(),
  besondereKategorie: z.boolean(),
  autor: bezug,
  erstelltAm: zeitpunkt,
});
export type Notiz = z.infer<typeof notiz>;
