import { foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisation } from './organisation.ts';
import { mitarbeiter } from './personal.ts';

/**
 * One shift of the on-call rota (Bereitschaftsdienst): who is reachable from when to when, and how.
 * Shifts of one organisation do not overlap; the monthly plan goes to the fire brigade as PDF.
 */
export const bereitschaft = pgTable(
  'bereitschaft',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    mitarbeiterId: uuid('mitarbeiter_id').notNull(),
    von: timestamp('von', { withTimezone: true }).notNull(),
    bis: timestamp('bis', { withTimezone: true }).notNull(),
    telefon: text('telefon').notNull(),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'bereitschaft_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'bereitschaft_mitarbeiter_fk',
      columns: [t.organisationId, t.mitarbeiterId],
      foreignColumns: [mitarbeiter.organisationId, mitarbeiter.id],
    }).onDelete('cascade'),
    index('bereitschaft_von_idx').on(t.organisationId, t.von),
  ],
);
