import { z } from 'zod';
import {
  ANFRAGE_STATUS,
  anfrageStatus,
  BERICHT_ARTEN,
  berichtArt,
  berichtStatus,
  EMPFEHLUNGEN,
  empfehlung,
  HPG_ARTEN,
  HPG_STATUS,
  hpgArt,
  hpgStatus,
  posteingangArt,
  TRAEGER_MITTEILUNG_ARTEN,
  ZIEL_BEWERTUNGEN,
  zielBewertung,
} from '../enums.ts';
import { bezug, tag, zeitpunkt } from './basis.ts';
import { datum, optText, pflicht, version } from './felder.ts';

// ---- Requests (Anfrage → Zusage / Absage) ----

export const neueAnfrage = z.object({
  traegerId: z.uuid({ error: 'Bitte wählen Sie einen Träger aus der Liste.' }),
  leistung: pflicht('die Leistung', 100),
  variante: z.string().trim().max(100).nullable().optional(),
  jungerMensch: z.object(
    {
      vorname: pflicht('den Vornamen des jungen Menschen'),
      nachname: pflicht('den Nachnamen des jungen Menschen'),
      geburtsdatum: datum,
    },
    { error: 'Bitte geben Sie den jungen Menschen an (Vorname, Nachname, Geburtsdatum).' },
  ),
  beginn: datum,
  umfangStundenMonat: z
    .number({ error: 'Der Umfang muss eine Zahl (Stunden im Monat) sein.' })
    .positive('Der Umfang muss größer als 0 sein.')
    .max(744, 'Ein Monat hat höchstens 744 Stunden.')
    .nullable()
    .optional(),
  empfehlung: z
    .enum(EMPFEHLUNGEN, { error: 'Die Empfehlung ist „fachkraft“, „semiprofessionell“ oder leer.' })
    .nullable()
    .optional(),
  kinderschutzrelevant: z
    .boolean({ error: 'Bitte angeben, ob der Fall kinderschutzrelevant ist (ja/nein).' })
    .optional(),
  anlass: pflicht('den Anlass der Anfrage', 4000),
  aktenzeichenJugendamt: optText(100),
  /** LT 11: where the young person comes from, if the ASD knows it; the Zusage takes it over. */
  herkunft: z.string().trim().max(100).nullable().optional(),
  herkunftText: optText(500),
});
export type NeueAnfrage = z.input<typeof neueAnfrage>;

export const zusageEingabe = z.object({
  beginn: datum,
  aktenzeichen: optText(100),
  /**
   * LT 11 (aftercare after a stationary measure): where the young person comes from, as on the Hilfe form.
   * Optional for the API (a Zusage of `{ beginn }` stays valid; the Hilfe then shows the origin as missing),
   * required by the web form. A Zusage opens a new case, so it names no earlier Hilfe of it.
   */
  herkunft: z.string().trim().max(100).nullable().optional(),
  herkunftText: optText(500),
  vorgaengerHilfeId: z.string().nullable().optional(),
});
export type ZusageEingabe = z.input<typeof zusageEingabe>;
export const absageEingabe = z.object({ grund: pflicht('den Grund der Absage', 2000) });

export const traegerZeile = z.object({
  id: z.string(),
  name: z.string(),
  bundesland: z.string(),
  leistungen: z.array(z.string()),
});
export type Traeger = z.infer<typeof traegerZeile>;

export const anfrageDto = z
  .object({
    id: z.string(),
    traeger: bezug,
    jugendamt: bezug,
    leistung: z.string(),
    variante: z.string().nullable(),
    jungerMensch: z.object({ vorname: z.string(), nachname: z.string(), geburtsdatum: tag }),
    beginn: tag,
    umfangStundenMonat: z.number().nullable(),
    empfehlung: empfehlung.nullable(),
    kinderschutzrelevant: z.boolean(),
    anlass: z.string(),
    aktenzeichenJugendamt: z.string().nullable(),
    herkunft: z.string().nullable(),
    herkunftText: z.string().nullable(),
    status: anfrageStatus,
    zugesagterBeginn: tag.nullable(),
    fallId: z.string().nullable(),
    hilfeId: z.string().nullable(),
    absagegrund: z.string().nullable(),
    erstelltAm: zeitpunkt,
    beantwortetAm: zeitpunkt.nullable(),
  })
  .meta({ id: 'Anfrage' });
export type Anfrage = z.infer<typeof anfrageDto>;

export const zusageErgebnis = z.object({ fallId: z.string(), hilfeId: z.string(), aktenzeichen: z.string() });

// ---- Reports and Posteingang ----

/** A report's sections: a JSON object, at most about 200 000 characters in all. */
export const berichtInhalt = z
  .record(z.string().max(100, 'Ein Abschnittsname hat höchstens 100 Zeichen.'), z.unknown(), {
    error: 'Der Inhalt ist ein Objekt aus Abschnitten, z. B. { "verlauf": "…" }.',
  })
  .refine((w) => JSON.stringify(w).length <= 200_000, {
    error: 'Der Bericht ist zu lang (höchstens 200.000 Zeichen).',
  });
export const berichtArtEingabe = z.enum(BERICHT_ARTEN, {
  error: `Bitte eine Art wählen: ${BERICHT_ARTEN.join(', ')}.`,
});
export const neuerBericht = z.object({
  hilfeId: z.uuid({ error: 'Bitte die Hilfe angeben.' }),
  art: berichtArtEingabe,
  inhalt: berichtInhalt,
});
export const berichtAenderung = z.object({ inhalt: berichtInhalt, version });

export const berichtDto = z
  .object({
    id: z.string(),
    fallId: z.string(),
    hilfeId: z.string(),
    art: berichtArt,
    titel: z.string(),
    inhalt: z.record(z.string(), z.unknown()),
    status: berichtStatus,
    jugendamtId: z.string(),
    erstelltAm: zeitpunkt,
    geaendertAm: zeitpunkt,
    gesendetAm: zeitpunkt.nullable(),
    gelesenAm: zeitpunkt.nullable(),
    version: z.number(),
  })
  .meta({ id: 'Bericht' });
export type Bericht = z.infer<typeof berichtDto>;

/** A sent report, with the deadline its sending met (none when no open deadline matched). */
export const gesendeterBericht = berichtDto
  .extend({
    erledigteFrist: z.looseObject({ regel: z.string() }).nullable().optional(),
  })
  .meta({ id: 'GesendeterBericht' });

export const berichtsvorlage = z.object({
  hilfeId: z.string(),
  art: berichtArt,
  inhalt: z.record(z.string(), z.string()),
});

export const posteingangNotiz = z
  .object({
    id: z.string(),
    art: posteingangArt,
    /** Null for a yearly report: it covers the whole provider, not one Hilfe. */
    hilfeId: z.string().nullable(),
    gesendetAm: zeitpunkt,
    gelesenAm: zeitpunkt.nullable(),
    titel: z.string(),
    fallId: z.string().nullable(),
    aktenzeichen: z.string().nullable(),
    traeger: bezug,
    berichtId: z.string().nullable(),
    /** The letter as PDF: a report's document or the notice's own (§ 8a notification). */
    pdf: z.string().nullable(),
    /** The Jugendamt's answer, once given. */
    antwort: z.string().nullable(),
    beantwortetAm: zeitpunkt.nullable(),
  })
  .meta({ id: 'PosteingangNotiz' });
export type PosteingangNotiz = z.infer<typeof posteingangNotiz>;

/** A provider's notice to the granting Jugendamt about a Hilfe (POST /api/hilfen/:id/mitteilungen). */
export const neueTraegerMitteilung = z.object({
  art: z.enum(TRAEGER_MITTEILUNG_ARTEN, {
    error: 'Bitte wählen Sie die Art: wesentliche Veränderung oder Gruppenangebot.',
  }),
  betreff: pflicht('den Betreff', 200),
  text: pflicht('den Text der Mitteilung', 8000),
});
export type NeueTraegerMitteilung = z.infer<typeof neueTraegerMitteilung>;
export const gesendeteTraegerMitteilung = z
  .object({ id: z.string() })
  .meta({ id: 'GesendeteTraegerMitteilung' });

export const posteingangAntwort = z.object({ text: pflicht('die Antwort', 4000) });

// ---- Hilfeplan ----

export const hpgTeilnahme = z.object({
  jungerMensch: z.boolean().optional(),
  sorgeberechtigte: z.boolean().optional(),
  traeger: z.boolean().optional(),
  vorbereitung: optText(2000),
});
export const neuerHpgTermin = z.object({
  datum,
  art: z.enum(HPG_ARTEN, { error: 'Die Art ist „hpg“ oder „abschlussgespraech“.' }).optional(),
});
export const hpgTerminAenderung = z.object({
  version,
  datum: datum.optional(),
  status: z.enum(HPG_STATUS, { error: `Bitte einen Status wählen: ${HPG_STATUS.join(', ')}.` }).optional(),
  teilnahme: hpgTeilnahme.optional(),
  zielpruefung: z
    .array(
      z.object({
        zielId: z.uuid({ error: 'Bitte ein Ziel des Hilfeplans angeben.' }),
        bewertung: z.enum(ZIEL_BEWERTUNGEN, { error: `Bitte bewerten: ${ZIEL_BEWERTUNGEN.join(', ')}.` }),
        bemerkung: optText(2000),
      }),
    )
    .optional(),
});

const termin = z.object({
  id: z.string(),
  art: hpgArt,
  datum: tag,
  status: hpgStatus,
  teilnahme: z.object({
    jungerMensch: z.boolean().optional(),
    sorgeberechtigte: z.boolean().optional(),
    traeger: z.boolean().optional(),
    vorbereitung: z.string().nullable().optional(),
  }),
  version: z.number(),
});
const pruefung = z.object({
  terminId: z.string(),
  datum: tag,
  bewertung: zielBewertung,
  bemerkung: z.string().nullable(),
});
// Goals and their sub-goals: one level deep, as the Hilfeplan has them.
const teilziel = z.object({ id: z.string(), text: z.string(), pruefungen: z.array(pruefung) });
const ziel = teilziel.extend({ teilziele: z.array(teilziel).optional() });
type ZielT = z.infer<typeof ziel>;
export const hilfeplan = z
  .object({ hilfeId: z.string(), termine: z.array(termin), ziele: z.array(ziel) })
  .meta({ id: 'Hilfeplan' });
export type Hilfeplan = z.infer<typeof hilfeplan>;
export type HpgTermin = z.infer<typeof termin>;
export type HilfeplanZiel = ZielT;

export { ANFRAGE_STATUS };
