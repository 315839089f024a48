import { PFLICHT_RHYTHMEN } from '@hilfewerk/api';
import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { benutzer } from './benutzer.ts';
import { organisation } from './organisation.ts';

/**
 * A recurring duty the Leitung sets itself (team and case supervision, a closed-door day): no contract names
 * it, so it is data, not catalogue. Its deadlines are organisation deadlines with the rule `eigen-<id>`.
 * Stopping it keeps the row (and the deadlines already met) and lets the open ones lapse.
 */
export const eigenePflicht = pgTable(
  'eigene_pflicht',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    titel: text('titel').notNull(),
    rhythmus: text('rhythmus', { enum: PFLICHT_RHYTHMEN }).notNull(),
    /** Only with rhythmus `wochen`. */
    alleWochen: integer('alle_wochen'),
    /** The first due date; the later ones count from it. */
    erstmals: date('erstmals', { mode: 'string' }).notNull(),
    hinweis: text('hinweis'),
    /** Set when the Leitung stopped the duty. */
    beendetAm: date('beendet_am', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    erstelltVon: uuid('erstellt_von')
      .notNull()
      .references(() => benutzer.id),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'eigene_pflicht_pkey', columns: [t.id, t.organisationId] }),
    check(
      'eigene_pflicht_wochen_ck',
      sql`(${t.rhythmus} = 'wochen') = (${t.alleWochen} IS NOT NULL AND ${t.alleWochen} BETWEEN 1 AND 52)`,
    ),
  ],
);
