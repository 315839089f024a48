import { ROLLEN, type Rolle } from '@hilfewerk/api';
import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisation } from './organisation.ts';

// The codes belong to the API contract; re-exported so the schema reads as a whole.
export { ROLLEN, type Rolle };

/** A staff member of one organisation. One role per account keeps the permission table readable. */
export const benutzer = pgTable(
  'benutzer',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    /** Stored lower-case; unique across all organisations because it is the login name. */
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    passwortHash: text('passwort_hash').notNull(),
    rolle: text('rolle', { enum: ROLLEN }).notNull(),
    aktiv: boolean('aktiv').notNull().default(true),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('benutzer_organisation_idx').on(t.organisationId)],
);
