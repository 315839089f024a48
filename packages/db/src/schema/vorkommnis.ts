import { VORKOMMNIS_ARTEN, VORKOMMNIS_PFLICHTEN } from '@hilfewerk/api';
import {
  boolean,
  date,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { benutzer } from './benutzer.ts';
import { fall } from './fall.ts';
import { organisation } from './organisation.ts';

/**
 * A crisis or besonderes Vorkommnis of a case. The description is often health data (Art. 9 GDPR): only
 * Leitung and the Fachkräfte of the case team reach the row (rls.sql), every read is audited.
 */
export const vorkommnis = pgTable(
  'vorkommnis',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    fallId: uuid('fall_id').notNull(),
    art: text('art', { enum: VORKOMMNIS_ARTEN }).notNull(),
    datum: date('datum', { mode: 'string' }).notNull(),
    beschreibung: text('beschreibung').notNull(),
    /** The case had a stationary Hilfe that day: decides the § 47 report, kept as decided. */
    stationaer: boolean('stationaer').notNull(),
    erfasstVon: uuid('erfasst_von')
      .notNull()
      .references(() => benutzer.id),
    erfasstAm: timestamp('erfasst_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'vorkommnis_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'vorkommnis_fall_fk',
      columns: [t.organisationId, t.fallId],
      foreignColumns: [fall.organisationId, fall.id],
    }).onDelete('cascade'),
    index('vorkommnis_fall_idx').on(t.organisationId, t.fallId),
  ],
);

/**
 * A duty an event set off (packages/rules vorkommnis.ts), stored with its due day when the event is recorded;
 * done once with date, whom and how — or with the reason why not.
 */
export const vorkommnisPflicht = pgTable(
  'vorkommnis_pflicht',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    vorkommnisId: uuid('vorkommnis_id').notNull(),
    /** Repeated from the event so the row-level policy can test the case scope without a join. */
    fallId: uuid('fall_id').notNull(),
    art: text('art', { enum: VORKOMMNIS_PFLICHTEN }).notNull(),
    frist: text('frist', { enum: ['sofort', 'umgehend', 'unverzueglich'] }).notNull(),
    faelligAm: date('faellig_am', { mode: 'string' }).notNull(),
    grundlage: text('grundlage').notNull(),
    erledigtAm: date('erledigt_am', { mode: 'string' }),
    an: text('an'),
    weg: text('weg'),
    grund: text('grund'),
    erledigtVon: uuid('erledigt_von').references(() => benutzer.id),
  },
  (t) => [
    primaryKey({ name: 'vorkommnis_pflicht_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'vorkommnis_pflicht_vorkommnis_fk',
      columns: [t.organisationId, t.vorkommnisId],
      foreignColumns: [vorkommnis.organisationId, vorkommnis.id],
    }).onDelete('cascade'),
    uniqueIndex('vorkommnis_pflicht_art_idx').on(t.organisationId, t.vorkommnisId, t.art),
  ],
);
