import { KINDERSCHUTZ_SCHRITTE } from '@hilfewerk/api';
import {
  date,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { benutzer } from './benutzer.ts';
import { fall } from './fall.ts';
import { organisation } from './organisation.ts';

export type { KINDERSCHUTZ_SCHRITTE };

/**
 * A § 8a procedure of one case: special category (Art. 9 GDPR, §§ 61–68 SGB VIII). Only Leitung and the
 * Fachkräfte of the case team reach it (rls.sql); the iefk sees only its vignette.
 */
export const kinderschutzverfahren = pgTable(
  'kinderschutzverfahren',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    fallId: uuid('fall_id').notNull(),
    /** The gewichtige Anhaltspunkte as first observed. */
    anhaltspunkte: text('anhaltspunkte').notNull(),
    begonnenAm: date('begonnen_am', { mode: 'string' }).notNull(),
    begonnenVon: uuid('begonnen_von')
      .notNull()
      .references(() => benutzer.id),
    abgeschlossenAm: date('abgeschlossen_am', { mode: 'string' }),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'kinderschutzverfahren_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'kinderschutzverfahren_fall_fk',
      columns: [t.organisationId, t.fallId],
      foreignColumns: [fall.organisationId, fall.id],
    }).onDelete('cascade'),
    index('kinderschutzverfahren_fall_idx').on(t.organisationId, t.fallId),
  ],
);

/** One step of a procedure, append-only: what was done, when, by whom, with its content. */
export const kinderschutzschritt = pgTable(
  'kinderschutzschritt',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    verfahrenId: uuid('verfahren_id').notNull(),
    /** Repeated from the procedure so the row-level policy can test the case scope without a join. */
    fallId: uuid('fall_id').notNull(),
    art: text('art', { enum: KINDERSCHUTZ_SCHRITTE }).notNull(),
    datum: date('datum', { mode: 'string' }).notNull(),
    inhalt: jsonb('inhalt').$type<Record<string, unknown>>().notNull(),
    erfasstVon: uuid('erfasst_von')
      .notNull()
      .references(() => benutzer.id),
    erfasstAm: timestamp('erfasst_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'kinderschutzschritt_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'kinderschutzschritt_verfahren_fk',
      columns: [t.organisationId, t.verfahrenId],
      foreignColumns: [kinderschutzverfahren.organisationId, kinderschutzverfahren.id],
    }).onDelete('cascade'),
    index('kinderschutzschritt_verfahren_idx').on(t.organisationId, t.verfahrenId),
  ],
);

/**
 * The pseudonymised vignette of a procedure, rewritten by the team's every step. The iefk reads this row
 * and nothing of the case: the database refuses it the case tables (rls.sql), so a bug in a query cannot
 * show it a name.
 */
export const kinderschutzVignette = pgTable(
  'kinderschutz_vignette',
  {
    verfahrenId: uuid('verfahren_id').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    fallId: uuid('fall_id').notNull(),
    inhalt: jsonb('inhalt').$type<Record<string, unknown>>().notNull(),
    /** Arts of the steps so far, in order: the iefk's step is checked against it. */
    stand: text('stand').array().notNull(),
    abgeschlossen: date('abgeschlossen', { mode: 'string' }),
    aktualisiertAm: timestamp('aktualisiert_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'kinderschutz_vignette_pkey', columns: [t.verfahrenId, t.organisationId] }),
    foreignKey({
      name: 'kinderschutz_vignette_verfahren_fk',
      columns: [t.organisationId, t.verfahrenId],
      foreignColumns: [kinderschutzverfahren.organisationId, kinderschutzverfahren.id],
    }).onDelete('cascade'),
  ],
);
