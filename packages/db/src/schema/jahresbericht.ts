import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, primaryKey, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { benutzer } from './benutzer.ts';
import { organisation } from './organisation.ts';

/**
 * The Leitung's own words in the yearly report of one organisation and year (Einleitung, Entwicklungen,
 * Ausblick …); the figures come from the data. Once sent to a Jugendamt (`gesendet_am`) the texts of that
 * year stay as sent. Leitung only (rls.sql).
 */
export const jahresbericht = pgTable(
  'jahresbericht',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    jahr: integer('jahr').notNull(),
    /** Text part key (einleitung, entwicklungen, ausblick) → text. */
    texte: jsonb('texte').$type<Record<string, string>>().notNull().default({}),
    version: integer('version').notNull().default(1),
    geaendertAm: timestamp('geaendert_am', { withTimezone: true }).notNull().defaultNow(),
    gesendetAm: timestamp('gesendet_am', { withTimezone: true }),
    /** The Jugendamt the report went to. */
    gesendetAn: uuid('gesendet_an').references(() => organisation.id),
    gesendetVon: uuid('gesendet_von').references(() => benutzer.id),
  },
  (t) => [
    primaryKey({ name: 'jahresbericht_pkey', columns: [t.id, t.organisationId] }),
    unique('jahresbericht_jahr_uq').on(t.organisationId, t.jahr),
    check('jahresbericht_jahr_ck', sql`${t.jahr} BETWEEN 2000 AND 2100`),
  ],
);
