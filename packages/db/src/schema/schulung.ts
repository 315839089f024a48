import { SCHULUNG_ARTEN } from '@hilfewerk/api';
import { date, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisation } from './organisation.ts';
import { mitarbeiter } from './personal.ts';

/** A training a staff member attended (personnel data: Leitung and Administration only, rls.sql). */
export const mitarbeiterSchulung = pgTable(
  'mitarbeiter_schulung',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    mitarbeiterId: uuid('mitarbeiter_id').notNull(),
    art: text('art', { enum: SCHULUNG_ARTEN }).notNull(),
    titel: text('titel'),
    datum: date('datum', { mode: 'string' }).notNull(),
    anbieter: text('anbieter').notNull(),
    erfasstAm: timestamp('erfasst_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'mitarbeiter_schulung_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'mitarbeiter_schulung_mitarbeiter_fk',
      columns: [t.organisationId, t.mitarbeiterId],
      foreignColumns: [mitarbeiter.organisationId, mitarbeiter.id],
    }).onDelete('cascade'),
    index('mitarbeiter_schulung_mitarbeiter_idx').on(t.organisationId, t.mitarbeiterId),
  ],
);
