import { FALL_STATUS } from '@hilfewerk/api';
import { date, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisation } from './organisation.ts';

// The codes belong to the API contract; re-exported so the schema reads as a whole.
export { FALL_STATUS };

/** A case file kept by a provider. */
export const fall = pgTable(
  'fall',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    aktenzeichen: text('aktenzeichen').notNull(),
    bezeichnung: text('bezeichnung').notNull(),
    status: text('status', { enum: FALL_STATUS }).notNull().default('aktiv'),
    /** Optimistic locking: every change increments it; a stale version answers 409. */
    version: integer('version').notNull().default(1),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
    /** Set by the retention job when it anonymised the file's personal content (docs/datenschutz.md). */
    anonymisiertAm: date('anonymisiert_am', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ name: 'fall_pkey', columns: [t.id, t.organisationId] }),
    uniqueIndex('fall_aktenzeichen_uq').on(t.organisationId, t.aktenzeichen),
  ],
);
