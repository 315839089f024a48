import {
  date,
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
import { organisation } from './organisation.ts';

/**
 * A saved rate calculation: its inputs, the result and the resulting Entgelt. Saving again
 * never overwrites: it adds a row with the same `reiheId` and the next `version`, so every
 * state that was ever negotiated stays readable with who saved it and when.
 */
export const kalkulation = pgTable(
  'kalkulation',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    /** Shared by all versions of one calculation (the id of its first version). */
    reiheId: uuid('reihe_id').notNull(),
    bezeichnung: text('bezeichnung').notNull(),
    leistung: text('leistung').notNull(),
    variante: text('variante'),
    stichtag: date('stichtag', { mode: 'string' }).notNull(),
    eingabe: jsonb('eingabe').notNull(),
    ergebnis: jsonb('ergebnis'),
    /** Money as numeric(14,2), read as a string: never binary floating point. */
    entgelt: numeric('entgelt', { precision: 14, scale: 2 }),
    version: integer('version').notNull().default(1),
    kommentar: text('kommentar'),
    erstelltVon: uuid('erstellt_von').references(() => benutzer.id),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'kalkulation_pkey', columns: [t.id, t.organisationId] }),
    uniqueIndex('kalkulation_version_uq').on(t.reiheId, t.version, t.organisationId),
    index('kalkulation_org_idx').on(t.organisationId, t.leistung),
  ],
);
