import { FRIST_STATUS } from '@hilfewerk/api';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { benutzer } from './benutzer.ts';
import { ereignis } from './ereignis.ts';
import { fall } from './fall.ts';
import { hilfe } from './hilfe.ts';
import { organisation } from './organisation.ts';

// The codes belong to the API contract; re-exported so the schema reads as a whole.
export { FRIST_STATUS };

/** A deadline derived from a catalogue rule and an event, with its state and proof of completion. */
export const frist = pgTable(
  'frist',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    fallId: uuid('fall_id').notNull(),
    hilfeId: uuid('hilfe_id').notNull(),
    /** Rule id from the catalogue, e.g. `handlungsplan`. */
    regel: text('regel').notNull(),
    /**
     * Which instance of the rule this is, so re-deriving updates a row instead of adding one:
     * '' for once-per-Hilfe rules, the triggering event's id for per-event rules, a period index
     * for recurring ones.
     */
    schluessel: text('schluessel').notNull().default(''),
    /**
     * The event that triggered the deadline, when there is one. Deleting that event must clear
     * this first: the key includes organisation_id, and Citus refuses ON DELETE SET NULL on such a key.
     */
    ereignisId: uuid('ereignis_id'),
    /** Human-readable title of the rule, as the catalogue states it. */
    bezeichnung: text('bezeichnung').notNull().default(''),
    /** Null while the triggering event has no date yet ("offen ohne Datum"). */
    faellig: date('faellig', { mode: 'string' }),
    status: text('status', { enum: FRIST_STATUS }).notNull().default('offen'),
    /** KIJU: the HPG date became known too late to meet the report deadline. */
    kurzfristig: boolean('kurzfristig').notNull().default(false),
    erledigtAm: date('erledigt_am', { mode: 'string' }),
    erledigtVon: uuid('erledigt_von').references(() => benutzer.id),
    nachweis: text('nachweis'),
    /**
     * The recorded event that met this deadline, when an event did: correcting that event reopens the
     * deadline and lets the corrected event meet it (or another) again.
     */
    erledigtDurch: uuid('erledigt_durch'),
    hinweis: text('hinweis'),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
    geaendertAm: timestamp('geaendert_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'frist_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'frist_fall_fk',
      columns: [t.organisationId, t.fallId],
      foreignColumns: [fall.organisationId, fall.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'frist_hilfe_fk',
      columns: [t.organisationId, t.hilfeId],
      foreignColumns: [hilfe.organisationId, hilfe.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'frist_ereignis_fk',
      columns: [t.organisationId, t.ereignisId],
      foreignColumns: [ereignis.organisationId, ereignis.id],
    }),
    foreignKey({
      name: 'frist_erledigt_durch_fk',
      columns: [t.organisationId, t.erledigtDurch],
      foreignColumns: [ereignis.organisationId, ereignis.id],
    }),
    index('frist_hilfe_idx').on(t.hilfeId),
    index('frist_faellig_idx').on(t.organisationId, t.faellig),
    uniqueIndex('frist_instanz_uq').on(t.hilfeId, t.regel, t.schluessel, t.organisationId),
  ],
);

/** A deadline of the organisation itself (yearly report, quality report), not of a case. */
export const organisationsfrist = pgTable(
  'organisationsfrist',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    regel: text('regel').notNull(),
    bezeichnung: text('bezeichnung').notNull().default(''),
    faellig: date('faellig', { mode: 'string' }).notNull(),
    status: text('status', { enum: FRIST_STATUS }).notNull().default('offen'),
    erledigtAm: date('erledigt_am', { mode: 'string' }),
    erledigtVon: uuid('erledigt_von').references(() => benutzer.id),
    nachweis: text('nachweis'),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'organisationsfrist_pkey', columns: [t.id, t.organisationId] }),
    uniqueIndex('organisationsfrist_uq').on(t.organisationId, t.regel, t.faellig),
  ],
);

/**
 * A user's calendar subscription: only the SHA-256 of the secret token is stored, so a leaked
 * database does not leak working feed addresses; deleting the row revokes the feed.
 */
export const kalenderAbo = pgTable('kalender_abo', {
  benutzerId: uuid('benutzer_id')
    .primaryKey()
    .references(() => benutzer.id, { onDelete: 'cascade' }),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisation.id),
  tokenHash: text('token_hash').notNull().unique(),
  erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
});

/** Per-user settings; one row per user, created on first change. */
export const benutzerEinstellung = pgTable(
  'benutzer_einstellung',
  {
    benutzerId: uuid('benutzer_id')
      .notNull()
      .references(() => benutzer.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    /** In-app reminders show deadlines due within this many days. */
    erinnerungTage: integer('erinnerung_tage').notNull().default(7),
  },
  (t) => [primaryKey({ name: 'benutzer_einstellung_pkey', columns: [t.benutzerId, t.organisationId] })],
);
