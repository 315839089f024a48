import { LEISTUNGS_ARTEN, QUALIFIKATIONEN } from '@hilfewerk/api';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  time,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { benutzer } from './benutzer.ts';
import { fall } from './fall.ts';
import { hilfe } from './hilfe.ts';
import { organisation } from './organisation.ts';

// The codes belong to the API contract; re-exported so the schema reads as a whole.
export { LEISTUNGS_ARTEN, QUALIFIKATIONEN };

/**
 * One documented stretch of work. `hilfeId` is null for work without a case
 * (fallunspezifisch, Netzwerkarbeit); a group offer has no single Hilfe either: its
 * participating Hilfen and their share of the minutes are in `leistungseintrag_teilnahme`.
 */
export const leistungseintrag = pgTable(
  'leistungseintrag',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    fallId: uuid('fall_id'),
    hilfeId: uuid('hilfe_id'),
    benutzerId: uuid('benutzer_id')
      .notNull()
      .references(() => benutzer.id),
    datum: date('datum', { mode: 'string' }).notNull(),
    /** Optional clock times; when given, `minuten` is derived from them and overlaps are refused. */
    beginn: time('beginn'),
    ende: time('ende'),
    minuten: integer('minuten').notNull(),
    art: text('art', { enum: LEISTUNGS_ARTEN }).notNull(),
    /** The staff member's qualification on that date, frozen at entry (billing and budget need it). */
    qualifikation: text('qualifikation', { enum: QUALIFIKATIONEN }).notNull(),
    /** Set when the entry is a group offer shared by several Hilfen. */
    gruppenangebot: text('gruppenangebot'),
    bemerkung: text('bemerkung'),
    /** Set by the monthly close; a locked entry can no longer be changed or deleted. */
    monatsabschlussId: uuid('monatsabschluss_id'),
    version: integer('version').notNull().default(1),
    erfasstAm: timestamp('erfasst_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'leistungseintrag_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'leistungseintrag_fall_fk',
      columns: [t.organisationId, t.fallId],
      foreignColumns: [fall.organisationId, fall.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'leistungseintrag_hilfe_fk',
      columns: [t.organisationId, t.hilfeId],
      foreignColumns: [hilfe.organisationId, hilfe.id],
    }).onDelete('cascade'),
    // The key figures add up minutes per kind over a span (a provider's by date, a Jugendamt's by its Hilfen):
    // with kind, minutes and group offer in the index they read it alone (index-only scan) instead of one
    // table row per entry — at 12 million entries the Jugendamt view fell from 6 s (docs/PERFORMANCE.md).
    // benutzer_id and fall_id are what the row-level policy checks: without them in the index every entry's
    // table row would be read all the same.
    index('leistungseintrag_datum_idx').on(
      t.organisationId,
      t.datum,
      t.art,
      t.minuten,
      t.gruppenangebot,
      t.benutzerId,
      t.fallId,
    ),
    index('leistungseintrag_benutzer_idx').on(t.benutzerId, t.datum),
    index('leistungseintrag_hilfe_idx').on(
      t.hilfeId,
      t.datum,
      t.organisationId,
      t.art,
      t.minuten,
      t.gruppenangebot,
    ),
    check('leistungseintrag_minuten_ck', sql`${t.minuten} > 0 AND ${t.minuten} <= 1440`),
  ],
);

/** A group offer's share per participating Hilfe (split rule: rules/abrechnung/gruppenangebot.ts). */
export const leistungseintragTeilnahme = pgTable(
  'leistungseintrag_teilnahme',
  {
    eintragId: uuid('eintrag_id').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    hilfeId: uuid('hilfe_id').notNull(),
    fallId: uuid('fall_id').notNull(),
    minuten: integer('minuten').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'leistungseintrag_teilnahme_pkey',
      columns: [t.eintragId, t.hilfeId, t.organisationId],
    }),
    foreignKey({
      name: 'leistungseintrag_teilnahme_eintrag_fk',
      columns: [t.organisationId, t.eintragId],
      foreignColumns: [leistungseintrag.organisationId, leistungseintrag.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'leistungseintrag_teilnahme_hilfe_fk',
      columns: [t.organisationId, t.hilfeId],
      foreignColumns: [hilfe.organisationId, hilfe.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'leistungseintrag_teilnahme_fall_fk',
      columns: [t.organisationId, t.fallId],
      foreignColumns: [fall.organisationId, fall.id],
    }).onDelete('cascade'),
    index('teilnahme_hilfe_idx').on(t.hilfeId),
  ],
);
