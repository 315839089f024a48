import { BEENDIGUNGS_ARTEN } from '@hilfewerk/api';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { fall } from './fall.ts';
import { organisation } from './organisation.ts';

/** One granted measure in a case: catalogue Leistung, legal basis, granting Jugendamt, dates. */
export const hilfe = pgTable(
  'hilfe',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    fallId: uuid('fall_id').notNull(),
    /** Catalogue id, e.g. `lt11-nachbetreuung`; checked against the catalogue on write. */
    leistung: text('leistung').notNull(),
    variante: text('variante'),
    rechtsgrundlage: text('rechtsgrundlage').notNull(),
    /** The Jugendamt that granted the Hilfe; it may read this Hilfe and the case's master data. */
    jugendamtId: uuid('jugendamt_id')
      .notNull()
      .references(() => organisation.id),
    aktenzeichenJugendamt: text('aktenzeichen_jugendamt'),
    beginn: date('beginn', { mode: 'string' }).notNull(),
    geplantesEnde: date('geplantes_ende', { mode: 'string' }),
    tatsaechlichesEnde: date('tatsaechliches_ende', { mode: 'string' }),
    endegrund: text('endegrund'),
    /** Planned or not (key figure "Entlassungen nach Art"); null for Hilfen ended before it was recorded. */
    beendigung: text('beendigung', { enum: BEENDIGUNGS_ARTEN }),
    /**
     * LT 11 follows a stationary measure: the preceding stationary Hilfe of the same case (checked on write,
     * no foreign key so a corrected link never blocks), or else where the young person came from.
     */
    vorgaengerHilfeId: uuid('vorgaenger_hilfe_id'),
    /** Id from the catalogue's short list of origins (`anschluss.herkunft`), with a free text beside it. */
    herkunft: text('herkunft'),
    herkunftText: text('herkunft_text'),
    /** Justification of a begründeter Ausnahmefall (LT 11: up to 6 months). */
    ausnahmeBegruendung: text('ausnahme_begruendung'),
    /** The Jugendamt's grant reference (Bescheid / Kostenzusage), printed on every invoice line. */
    bewilligung: text('bewilligung'),
    /** Granted direct hours per month (KIJU, Bremerhaven); the hour controlling plans with it. */
    stundenProMonat: numeric('stunden_pro_monat', { precision: 8, scale: 2 }),
    /** The agreed rate (FLS, Monatspauschale or Tagessatz), usually from a saved Kalkulation. */
    entgeltSatz: numeric('entgelt_satz', { precision: 14, scale: 2 }),
    kalkulationId: uuid('kalkulation_id'),
    /** D.8 additional carer: `{ satz: string, zeitraeume: [{ von, bis }] }`. */
    weiterePerson: jsonb('weitere_person'),
    /**
     * The Jugendamt's recommendation whom to deploy (003 II.5). With `kinderschutzrelevant` it binds:
     * against `fachkraft`, no semiprofessional staff member may join the case team.
     */
    empfehlung: text('empfehlung', { enum: ['fachkraft', 'semiprofessionell'] }),
    kinderschutzrelevant: boolean('kinderschutzrelevant').notNull().default(false),
    /**
     * The report interval agreed in the Hilfeplan (1–6 months; Bremerhaven II.6: "in Absprache im Hilfeplan auch
     * kürzer"); empty means the contract's 6 months.
     */
    berichtsintervallMonate: integer('berichtsintervall_monate'),
    /**
     * Amounts billed outside the rate or budget (D.8 Zusatzleistungen, Bremerhaven § 39 Sonderbedarfe):
     * `[{ datum, text, betrag, genehmigung }]`, each its own invoice line in the month of its date.
     */
    zusatzleistungen: jsonb('zusatzleistungen').notNull().default([]),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ name: 'hilfe_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'hilfe_fall_fk',
      columns: [t.organisationId, t.fallId],
      foreignColumns: [fall.organisationId, fall.id],
    }).onDelete('cascade'),
    index('hilfe_fall_idx').on(t.fallId, t.beginn),
    index('hilfe_jugendamt_idx').on(t.jugendamtId),
    // The provider's own Hilfen (key figures, lists of the Leitung): the primary key starts with the id.
    index('hilfe_organisation_idx').on(t.organisationId, t.beginn),
  ],
);
