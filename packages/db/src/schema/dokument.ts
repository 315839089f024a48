import { DOKUMENT_ARTEN } from '@hilfewerk/api';
import { sql } from 'drizzle-orm';
import {
  check,
  customType,
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
import { organisationsfrist } from './frist.ts';
import { organisation } from './organisation.ts';

/** PostgreSQL bytea as a Node Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * A document attached to a case file, or the report attached to an organisation deadline when it was met
 * (QE report, rota sent to the fire brigade): exactly one of `fall_id` and `organisationsfrist_id`.
 * A document attached to a case file (a scanned Bescheid, the Hilfeplan from the Jugendamt). The content
 * lives in the database, not on a disk beside it: it is backed up, row-level secured and deleted with the
 * case like every other row of the file. Type and size are checked before a row is written (docs/fallakte.md).
 */
export const dokument = pgTable(
  'dokument',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    fallId: uuid('fall_id'),
    organisationsfristId: uuid('organisationsfrist_id'),
    name: text('name').notNull(),
    art: text('art', { enum: DOKUMENT_ARTEN }).notNull(),
    /** Recognised from the content's first bytes, never taken from the browser. */
    mime: text('mime').notNull(),
    groesse: integer('groesse').notNull(),
    inhalt: bytea('inhalt').notNull(),
    hochgeladenVon: uuid('hochgeladen_von')
      .notNull()
      .references(() => benutzer.id),
    hochgeladenAm: timestamp('hochgeladen_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'dokument_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'dokument_fall_fk',
      columns: [t.organisationId, t.fallId],
      foreignColumns: [fall.organisationId, fall.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'dokument_organisationsfrist_fk',
      columns: [t.organisationId, t.organisationsfristId],
      foreignColumns: [organisationsfrist.organisationId, organisationsfrist.id],
    }),
    index('dokument_fall_idx').on(t.organisationId, t.fallId),
    index('dokument_organisationsfrist_idx').on(t.organisationId, t.organisationsfristId),
    check('dokument_gehoert_zu', sql`(${t.fallId} IS NULL) <> (${t.organisationsfristId} IS NULL)`),
  ],
);
