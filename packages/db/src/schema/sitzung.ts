import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { benutzer } from './benutzer.ts';
import { organisation } from './organisation.ts';

/**
 * A login session. Only the SHA-256 of the cookie token is stored, so a leaked
 * database dump does not hand out live sessions.
 */
export const sitzung = pgTable(
  'sitzung',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    benutzerId: uuid('benutzer_id')
      .notNull()
      .references(() => benutzer.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    /** Synchroniser token for CSRF protection, bound to this session. */
    csrfToken: text('csrf_token').notNull(),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
    zuletztAktiv: timestamp('zuletzt_aktiv', { withTimezone: true }).notNull().defaultNow(),
    /** Absolute end, independent of activity. */
    ablauf: timestamp('ablauf', { withTimezone: true }).notNull(),
  },
  (t) => [index('sitzung_benutzer_idx').on(t.benutzerId)],
);
