import { PERSON_ROLLEN } from '@hilfewerk/api';
import { date, foreignKey, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { fall } from './fall.ts';
import { organisation } from './organisation.ts';

// The codes belong to the API contract; re-exported so the schema reads as a whole.
export { PERSON_ROLLEN };

/** A person in a case file: the young person, custodians, other carers, siblings. */
export const person = pgTable(
  'person',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    fallId: uuid('fall_id').notNull(),
    rolle: text('rolle', { enum: PERSON_ROLLEN }).notNull(),
    vorname: text('vorname').notNull(),
    nachname: text('nachname').notNull(),
    geburtsdatum: date('geburtsdatum', { mode: 'string' }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ name: 'person_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'person_fall_fk',
      columns: [t.organisationId, t.fallId],
      foreignColumns: [fall.organisationId, fall.id],
    }).onDelete('cascade'),
    index('person_fall_idx').on(t.fallId),
  ],
);
