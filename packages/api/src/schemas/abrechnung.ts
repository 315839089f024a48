/** Monthly close, invoices and credit notes, Trägerbudget. */
import { z } from 'zod';
import { QUALIFIKATIONEN, rechnungsArt, rechnungsstatus } from '../enums.ts';
import { betrag, bezug, tag, zeitpunkt } from './basis.ts';
import { datum, pflicht } from './felder.ts';

export const monat = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bitte einen Monat im Format JJJJ-MM angeben.');
export const monatParams = z.object({ monat });
export const abschlussAnfrage = z.object({ monat });
export const datevAbfrage = z.object({
  wirtschaftsjahr: z
    .string()
    .regex(/^\d{4}$/, 'Bitte das Wirtschaftsjahr als Jahr seines Beginns angeben (JJJJ).')
    .optional(),
});
export const rechnungenFilter = z.object({ monat: monat.optional() });
export const statusEingabe = z.object({
  status: z.enum(['versendet', 'bezahlt'], 'Bitte „versendet“ oder „bezahlt“ angeben.'),
  datum: z.iso.date('Bitte ein Datum im Format JJJJ-MM-TT angeben.'),
});
export type StatusEingabe = z.input<typeof statusEingabe>;
export const gutschriftEingabe = z.object({
  grund: pflicht('den Grund der Korrektur', 300),
  positionen: z
    .array(
      z.object({
        nr: z.number().int().min(1),
        menge: z.string().regex(/^\d+(\.\d{1,4})?$/, 'Bitte eine Menge wie 2 oder 1.5 angeben.'),
      }),
    )
    .optional(),
});
export type GutschriftEingabe = z.input<typeof gutschriftEingabe>;

export const abschluss = z.object({
  id: z.string(),
  monat: z.string(),
  abgeschlossenAm: zeitpunkt,
  abgeschlossenVon: z.string().nullable(),
  eintraege: z.number(),
  rechnungen: z.number(),
  summe: betrag,
  gutschriften: z.number(),
  gutgeschrieben: betrag,
  /** Invoices less the credit notes written on them. */
  netto: betrag,
  datevExportiertAm: zeitpunkt.nullable(),
  /** Fiscal years the month's documents fall in: one DATEV Stapel each. */
  datevWirtschaftsjahre: z.array(z.string()),
});
export type Abschluss = z.infer<typeof abschluss>;

export const vorschau = z.object({
  monat: z.string(),
  eintraege: z.number(),
  summe: betrag,
  abschliessbar: z.boolean(),
  hindernisse: z.array(z.string()),
  jugendaemter: z.array(
    z.object({
      jugendamt: z.string(),
      leitwegId: z.string(),
      positionen: z.number(),
      eintraege: z.number(),
      stunden: betrag,
      summe: betrag,
      warnungen: z.array(z.string()),
    }),
  ),
});
export type Vorschau = z.infer<typeof vorschau>;

export const abschlussErgebnis = z.object({
  id: z.string(),
  monat: z.string(),
  eintraege: z.number(),
  rechnungen: z.array(z.object({ id: z.string(), nummer: z.string(), jugendamt: z.string(), summe: betrag })),
});
export type AbschlussErgebnis = z.infer<typeof abschlussErgebnis>;

export const rechnungsposition = z.object({
  nr: z.number(),
  hilfeId: z.string(),
  text: z.string(),
  aktenzeichenJugendamt: z.string(),
  bewilligung: z.string(),
  zeitraumVon: tag,
  zeitraumBis: tag,
  menge: betrag,
  einheit: z.string(),
  einheitCode: z.string().optional(),
  basismenge: betrag.optional(),
  satz: betrag,
  betrag,
});
export type Rechnungsposition = z.infer<typeof rechnungsposition>;

/** One of the Jugendamt's steps on an incoming invoice: the day and who did it. */
export const pruefschritt = z.object({ am: tag, von: z.string() });
export const PRUEFSCHRITTE = ['sachlich-richtig', 'angewiesen'] as const;
export const pruefungEingabe = z.object({
  schritt: z.enum(PRUEFSCHRITTE, 'Bitte „sachlich-richtig“ oder „angewiesen“ angeben.'),
  datum: z.iso.date('Bitte ein Datum im Format JJJJ-MM-TT angeben.'),
});
export type PruefungEingabe = z.input<typeof pruefungEingabe>;

export const rechnung = z
  .object({
    id: z.string(),
    nummer: z.string(),
    art: rechnungsArt,
    rechnungsdatum: tag,
    zeitraumVon: tag,
    zeitraumBis: tag,
    monat: z.string().nullable(),
    jugendamt: bezug,
    summe: betrag,
    gutgeschrieben: betrag,
    bezugRechnungId: z.string().nullable(),
    bezugNummer: z.string().nullable(),
    status: rechnungsstatus,
    versendetAm: tag.nullable(),
    bezahltAm: tag.nullable(),
    /** Who issued it (the provider's invoice name), for the Jugendamt's list of incoming invoices. */
    aussteller: z.string(),
    /** The addressed Jugendamt's steps: checked as factually correct, then payment ordered. */
    sachlichRichtig: pruefschritt.nullable(),
    angewiesen: pruefschritt.nullable(),
    /** Only on a single invoice (GET /api/rechnungen/:id and a new credit note). */
    verkaeufer: z.string().optional(),
    leitwegId: z.string().optional(),
    zahlungszielTage: z.number().optional(),
    positionen: z.array(rechnungsposition).optional(),
  })
  .meta({ id: 'Rechnung' });
export type Rechnung = z.infer<typeof rechnung>;

const stelle = z.object({
  art: z.enum(QUALIFIKATIONEN),
  vk: z.number().min(0),
  jahresstundenVk: z.number().min(0),
});
export type Stelle = z.infer<typeof stelle>;

/** From `ab` on, `stellen` replaces the staff plan (a tariff change "mit Inkrafttreten", Bremerhaven II.5). */
const stellenaenderungEingabe = z.object({
  ab: datum,
  grund: z.string().trim().max(300).optional(),
  stellen: z.array(stelle),
});
const stellenaenderung = z.object({ ab: tag, grund: z.string().optional(), stellen: z.array(stelle) });
export type Stellenaenderung = z.infer<typeof stellenaenderung>;

export const vereinbarungEingabe = z.object({
  bezeichnung: pflicht('die Bezeichnung'),
  jugendamtId: z.uuid({ error: 'Bitte ein Jugendamt aus der Liste wählen.' }),
  gesamtbudget: z
    .string()
    .regex(/^\d+\.\d{2}$/, 'Bitte einen Betrag mit zwei Nachkommastellen angeben, z. B. 9000000.00.'),
  beginn: datum,
  monate: z.number().int().min(1).max(600),
  direktanteil: z.number().gt(0).lte(1),
  stellen: z.array(stelle).min(1, 'Bitte mindestens eine Stelle angeben.'),
  stellenaenderungen: z.array(stellenaenderungEingabe).max(100).optional(),
  basisleistungStunden: z.number().int().min(1),
  version: z.number().int().min(1).optional(),
});
export type VereinbarungEingabe = z.input<typeof vereinbarungEingabe>;

export const vereinbarung = z.object({
  id: z.string(),
  bezeichnung: z.string(),
  jugendamt: bezug,
  gesamtbudget: betrag,
  beginn: tag,
  monate: z.number(),
  direktanteil: z.number(),
  stellen: z.array(stelle),
  stellenaenderungen: z.array(stellenaenderung),
  basisleistungStunden: z.number(),
  version: z.number(),
});
export type Vereinbarung = z.infer<typeof vereinbarung>;

export const quartalsergebnis = z.object({
  quartal: z.string(),
  plan: z.number(),
  ist: z.number(),
  quote: z.number(),
  fachkraft: z.number(),
  semiprofessionell: z.number(),
  unter90: z.boolean(),
});
export type Quartal = z.infer<typeof quartalsergebnis>;

export const budgetControlling = z.object({
  stand: tag,
  vereinbarung,
  ende: tag,
  raten: z.array(z.object({ monat: z.string(), faellig: tag, betrag })),
  planstundenJahr: z.number(),
  quartale: z.array(quartalsergebnis),
  nachverhandlung: z.object({ ausgeloest: z.boolean(), quartale: z.array(z.string()) }),
  umsteuerung: z.array(
    z.object({
      jahr: z.string(),
      faktor: z.number(),
      erwartung: z.object({ von: z.number(), bis: z.number() }),
      bewertung: z.enum(['im-rahmen', 'darunter', 'darueber']),
      leitungsentscheidung: z.boolean(),
    }),
  ),
  /** Only when the agreement has dated staff plan changes: each plan, its days and planned hours per year. */
  stellenplaene: z
    .array(z.object({ ab: tag, bis: tag, planstundenJahr: z.number(), grund: z.string().optional() }))
    .optional(),
  hinweise: z.array(z.string()),
  laufendesQuartal: z
    .object({
      quartal: z.string(),
      von: tag,
      bis: tag,
      plan: z.number(),
      ist: z.number(),
      fachkraft: z.number(),
      semiprofessionell: z.number(),
    })
    .nullable(),
});
export type Controlling = z.infer<typeof budgetControlling>;

/** A Trägerbudget agreed with the user's Jugendamt, as its Fachcontrolling lists it. */
export const traegerbudget = z.object({
  id: z.string(),
  bezeichnung: z.string(),
  traeger: bezug,
  gesamtbudget: betrag,
  beginn: tag,
  monate: z.number(),
  ende: tag,
});
export type Traegerbudget = z.infer<typeof traegerbudget>;
export const traegerbudgetParams = z.object({ id: z.uuid({ error: 'Unbekanntes Trägerbudget.' }) });
/** The provider's controlling of one agreement, as the Jugendamt sees it: quarters and hours, no case data. */
export const traegerbudgetControlling = budgetControlling.extend({ traeger: bezug });
export type TraegerbudgetControlling = z.infer<typeof traegerbudgetControlling>;
