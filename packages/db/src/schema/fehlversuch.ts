import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A failed login, kept to slow down password guessing across restarts and instances.
 * `schluessel` is a hash of e-mail and IP address: no personal data in clear text.
 */
export const fehlversuch = pgTable(
  'fehlversuch',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schluessel: text('schluessel').notNull(),
    zeitpunkt: timestamp('zeitpunkt', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('fehlversuch_schluessel_idx').on(t.schluessel, t.zeitpunkt)],
);
