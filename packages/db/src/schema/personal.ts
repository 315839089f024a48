import { PERSONAL_FUNKTIONEN, PERSONAL_QUALIFIKATIONEN } from '@hilfewerk/api';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { benutzer } from './benutzer.ts';
import { organisation } from './organisation.ts';

/**
 * A member of staff as the contracts count them (not a login: a person may have none). Personnel data:
 * only Leitung and Administration see it (permission table and rls.sql).
 */
export const mitarbeiter = pgTable(
  'mitarbeiter',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    benutzerId: uuid('benutzer_id').references(() => benutzer.id),
    name: text('name').notNull(),
    qualifikation: text('qualifikation', { enum: PERSONAL_QUALIFIKATIONEN }).notNull(),
    funktion: text('funktion', { enum: PERSONAL_FUNKTIONEN }).notNull(),
    berufsjahre: integer('berufsjahre'),
    /** Catalogue id of the Leistung the person works in. */
    leistung: text('leistung').notNull(),
    eintritt: date('eintritt', { mode: 'string' }).notNull(),
    austritt: date('austritt', { mode: 'string' }),
    /** Day of the extended certificate of conduct (§ 72a SGB VIII); renewal after five years. */
    fuehrungszeugnisAm: date('fuehrungszeugnis_am', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'mitarbeiter_pkey', columns: [t.id, t.organisationId] })],
);

/** VK of a person from a day on: the dated history the staffing of past months is computed from. */
export const mitarbeiterVk = pgTable(
  'mitarbeiter_vk',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    mitarbeiterId: uuid('mitarbeiter_id').notNull(),
    ab: date('ab', { mode: 'string' }).notNull(),
    vk: numeric('vk', { precision: 4, scale: 3 }).notNull(),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'mitarbeiter_vk_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'mitarbeiter_vk_mitarbeiter_fk',
      columns: [t.organisationId, t.mitarbeiterId],
      foreignColumns: [mitarbeiter.organisationId, mitarbeiter.id],
    }).onDelete('cascade'),
    uniqueIndex('mitarbeiter_vk_ab_uq').on(t.organisationId, t.mitarbeiterId, t.ab),
    check('mitarbeiter_vk_ck', sql`${t.vk} >= 0 AND ${t.vk} <= 1`),
  ],
);
