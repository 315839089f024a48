import { RECHNUNGS_ARTEN } from '@hilfewerk/api';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { benutzer } from './benutzer.ts';
import { fall } from './fall.ts';
import { hilfe } from './hilfe.ts';
import { organisation } from './organisation.ts';

// The codes belong to the API contract; re-exported so the schema reads as a whole.
export { RECHNUNGS_ARTEN };

/**
 * The close of one month for one organisation. The unique index is what makes two concurrent
 * closes of the same month impossible: the second insert fails, its transaction rolls back.
 */
export const monatsabschluss = pgTable(
  'monatsabschluss',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    /** `YYYY-MM`. */
    monat: text('monat').notNull(),
    abgeschlossenVon: uuid('abgeschlossen_von')
      .notNull()
      .references(() => benutzer.id),
    abgeschlossenAm: timestamp('abgeschlossen_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'monatsabschluss_pkey', columns: [t.id, t.organisationId] }),
    uniqueIndex('monatsabschluss_uq').on(t.organisationId, t.monat),
  ],
);

/** Gapless invoice numbers: one counter row per organisation and year, incremented under a row lock. */
export const nummernkreis = pgTable(
  'nummernkreis',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    jahr: integer('jahr').notNull(),
    letzteNummer: integer('letzte_nummer').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.jahr] })],
);

/**
 * An invoice (or credit note) to one Jugendamt. Never edited after it is written: a correction
 * is a `gutschrift` pointing at the invoice it corrects. `dokument` holds the complete invoice
 * data the PDF and the XRechnung are rendered from, so they can be reproduced byte for byte.
 */
export const rechnung = pgTable(
  'rechnung',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    jugendamtId: uuid('jugendamt_id')
      .notNull()
      .references(() => organisation.id),
    monatsabschlussId: uuid('monatsabschluss_id'),
    art: text('art', { enum: RECHNUNGS_ARTEN }).notNull().default('rechnung'),
    /** For a credit note: the invoice it corrects. */
    bezugRechnungId: uuid('bezug_rechnung_id'),
    nummer: text('nummer').notNull(),
    jahr: integer('jahr').notNull(),
    laufnummer: integer('laufnummer').notNull(),
    rechnungsdatum: date('rechnungsdatum', { mode: 'string' }).notNull(),
    zeitraumVon: date('zeitraum_von', { mode: 'string' }).notNull(),
    zeitraumBis: date('zeitraum_bis', { mode: 'string' }).notNull(),
    summe: numeric('summe', { precision: 14, scale: 2 }).notNull(),
    dokument: jsonb('dokument').notNull(),
    erstelltVon: uuid('erstellt_von').references(() => benutzer.id),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
    /** The day the invoice went to the Jugendamt (status „versendet“). */
    versendetAm: date('versendet_am', { mode: 'string' }),
    /** The day the payment arrived (status „bezahlt“). */
    bezahltAm: date('bezahlt_am', { mode: 'string' }),
    /** First DATEV export that contained it: a second export of the month says so. */
    datevExportiertAm: timestamp('datev_exportiert_am', { withTimezone: true }),
    /*
     * The addressed Jugendamt's Wirtschaftliche Jugendhilfe: checked as factually correct, then payment ordered
     * (day and the name of who did it). Only the Jugendamt writes these; rls.sql keeps both sides to their columns.
     */
    sachlichRichtigAm: date('sachlich_richtig_am', { mode: 'string' }),
    sachlichRichtigVon: text('sachlich_richtig_von'),
    angewiesenAm: date('angewiesen_am', { mode: 'string' }),
    angewiesenVon: text('angewiesen_von'),
  },
  (t) => [
    primaryKey({ name: 'rechnung_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'rechnung_monatsabschluss_fk',
      columns: [t.organisationId, t.monatsabschlussId],
      foreignColumns: [monatsabschluss.organisationId, monatsabschluss.id],
    }),
    uniqueIndex('rechnung_nummer_uq').on(t.organisationId, t.nummer),
    uniqueIndex('rechnung_laufnummer_uq').on(t.organisationId, t.jahr, t.laufnummer),
    index('rechnung_abschluss_idx').on(t.monatsabschlussId),
    // The payment order follows the factual check, never the other way round (the use case says why, 409).
    check(
      'rechnung_pruefung_ck',
      sql`${t.angewiesenAm} IS NULL OR (${t.sachlichRichtigAm} IS NOT NULL AND ${t.angewiesenAm} >= ${t.sachlichRichtigAm})`,
    ),
  ],
);

/** One line per Hilfe and period. */
export const rechnungsposition = pgTable(
  'rechnungsposition',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    rechnungId: uuid('rechnung_id').notNull(),
    position: integer('position').notNull(),
    hilfeId: uuid('hilfe_id'),
    fallId: uuid('fall_id'),
    aktenzeichenJugendamt: text('aktenzeichen_jugendamt').notNull(),
    bewilligung: text('bewilligung').notNull(),
    zeitraumVon: date('zeitraum_von', { mode: 'string' }).notNull(),
    zeitraumBis: date('zeitraum_bis', { mode: 'string' }).notNull(),
    beschreibung: text('beschreibung').notNull(),
    menge: numeric('menge', { precision: 12, scale: 4 }).notNull(),
    einheit: text('einheit').notNull(),
    satz: numeric('satz', { precision: 14, scale: 2 }).notNull(),
    betrag: numeric('betrag', { precision: 14, scale: 2 }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'rechnungsposition_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'rechnungsposition_rechnung_fk',
      columns: [t.organisationId, t.rechnungId],
      foreignColumns: [rechnung.organisationId, rechnung.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'rechnungsposition_hilfe_fk',
      columns: [t.organisationId, t.hilfeId],
      foreignColumns: [hilfe.organisationId, hilfe.id],
    }),
    foreignKey({
      name: 'rechnungsposition_fall_fk',
      columns: [t.organisationId, t.fallId],
      foreignColumns: [fall.organisationId, fall.id],
    }),
    index('rechnungsposition_rechnung_idx').on(t.rechnungId),
  ],
);

/**
 * A Trägerbudget agreement (Bremerhaven): total, period, staff plan, direct share, baseline.
 * The quarters' actual hours are never stored here: they come from the Leistungseinträge.
 */
export const budgetvereinbarung = pgTable(
  'budgetvereinbarung',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    jugendamtId: uuid('jugendamt_id')
      .notNull()
      .references(() => organisation.id),
    bezeichnung: text('bezeichnung').notNull(),
    gesamtbudget: numeric('gesamtbudget', { precision: 14, scale: 2 }).notNull(),
    beginn: date('beginn', { mode: 'string' }).notNull(),
    monate: integer('monate').notNull(),
    direktanteil: numeric('direktanteil', { precision: 5, scale: 4 }).notNull(),
    /** `[{ art: 'fachkraft' | 'semiprofessionell', vk: number, jahresstundenVk: number }]` */
    stellen: jsonb('stellen').notNull(),
    /**
     * Dated changes of the staff plan, `[{ ab, stellen, grund? }]`: from `ab` on, `stellen` replaces the plan
     * ("mit Inkrafttreten übernommen"); quarters before keep theirs.
     */
    stellenaenderungen: jsonb('stellenaenderungen').notNull().default([]),
    basisleistungStunden: integer('basisleistung_stunden').notNull(),
    version: integer('version').notNull().default(1),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'budgetvereinbarung_pkey', columns: [t.id, t.organisationId] }),
    check('budget_direktanteil_ck', sql`${t.direktanteil} > 0 AND ${t.direktanteil} <= 1`),
    check('budget_monate_ck', sql`${t.monate} > 0`),
  ],
);
