import { EREIGNIS_ARTEN } from '@hilfewerk/api';
import {
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { benutzer } from './benutzer.ts';
import { fall } from './fall.ts';
import { hilfe } from './hilfe.ts';
import { organisation } from './organisation.ts';

// The codes belong to the API contract; re-exported so the schema reads as a whole.
export { EREIGNIS_ARTEN };

/** Something that happened or is scheduled in a case; deadlines are derived from these. */
export const ereignis = pgTable(
  'ereignis',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    fallId: uuid('fall_id').notNull(),
    hilfeId: uuid('hilfe_id'),
    art: text('art', { enum: EREIGNIS_ARTEN }).notNull(),
    datum: date('datum', { mode: 'string' }).notNull(),
    /** When the date became known (KIJU: an HPG known < 14 days ahead makes the report "kurzfristig"). */
    bekanntSeit: date('bekannt_seit', { mode: 'string' }),
    notiz: text('notiz'),
    erfasstVon: uuid('erfasst_von')
      .notNull()
      .references(() => benutzer.id),
    erfasstAm: timestamp('erfasst_am', { withTimezone: true }).notNull().defaultNow(),
    /** Optimistic locking for corrections: every change increments it; a stale version answers 409. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ name: 'ereignis_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'ereignis_fall_fk',
      columns: [t.organisationId, t.fallId],
      foreignColumns: [fall.organisationId, fall.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'ereignis_hilfe_fk',
      columns: [t.organisationId, t.hilfeId],
      foreignColumns: [hilfe.organisationId, hilfe.id],
    }).onDelete('cascade'),
    index('ereignis_fall_idx').on(t.fallId, t.datum),
  ],
);
