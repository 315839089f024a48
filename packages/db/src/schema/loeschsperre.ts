import { foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { benutzer } from './benutzer.ts';
import { fall } from './fall.ts';
import { organisation } from './organisation.ts';

/**
 * Legal hold (Löschsperre) of a case file: while a row without `aufgehobenAm` stands, the retention job
 * leaves the case alone — a court case, a pending complaint, an inquiry. Set and lifted by the Leitung,
 * each with a row in the audit log; lifted holds stay as history.
 */
export const loeschsperre = pgTable(
  'loeschsperre',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    fallId: uuid('fall_id').notNull(),
    grund: text('grund').notNull(),
    gesetztVon: uuid('gesetzt_von')
      .notNull()
      .references(() => benutzer.id),
    gesetztAm: timestamp('gesetzt_am', { withTimezone: true }).notNull().defaultNow(),
    aufgehobenVon: uuid('aufgehoben_von').references(() => benutzer.id),
    aufgehobenAm: timestamp('aufgehoben_am', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'loeschsperre_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'loeschsperre_fall_fk',
      columns: [t.organisationId, t.fallId],
      foreignColumns: [fall.organisationId, fall.id],
    }).onDelete('cascade'),
    index('loeschsperre_fall_idx').on(t.fallId),
  ],
);
