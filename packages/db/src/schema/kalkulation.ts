import { date, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { benutzer } from './benutzer.ts';
import { organisation } from './organisation.ts';

/** A saved rate calculation: its inputs, the result and the resulting Entgelt, versioned. */
export const kalkulation = pgTable('kalkulation', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisation.id),
  bezeichnung: text('bezeichnung').notNull(),
  leistung: text('leistung').notNull(),
  variante: text('variante'),
  stichtag: date('stichtag', { mode: 'string' }).notNull(),
  eingabe: jsonb('eingabe').notNull(),
  ergebnis: jsonb('ergebnis'),
  /** Money as numeric(14,2), read as a string: never binary floating point. */
  entgelt: numeric('entgelt', { precision: 14, scale: 2 }),
  version: integer('version').notNull().default(1),
  erstelltVon: uuid('erstellt_von').references(() => benutzer.id),
  erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
});
