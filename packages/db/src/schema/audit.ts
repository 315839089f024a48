import {
  bigint,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { benutzer } from './benutzer.ts';
import { organisation } from './organisation.ts';

/**
 * Append-only audit log: who did what to which record, when and from where.
 * `details` holds technical facts only (changed field names, counts) — never personal data.
 */
export const audit = pgTable(
  'audit',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    benutzerId: uuid('benutzer_id').references(() => benutzer.id),
    zeitpunkt: timestamp('zeitpunkt', { withTimezone: true }).notNull().defaultNow(),
    aktion: text('aktion').notNull(),
    ressource: text('ressource').notNull(),
    ressourceId: uuid('ressource_id'),
    ip: text('ip'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    /**
     * The hash chain, filled by the trigger hw_audit_verkette (migration 0008): the row's place in its
     * organisation's log (1, 2, 3, … without gaps), the hash of the row before it and the SHA-256 of
     * this row's content together with that hash. A changed, deleted or inserted row breaks the chain;
     * `hilfewerk audit pruefen` finds the first break. The defaults are placeholders the trigger replaces.
     */
    nummer: bigint('nummer', { mode: 'number' }).notNull().default(0),
    vorherigerHash: text('vorheriger_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [
    primaryKey({ name: 'audit_pkey', columns: [t.id, t.organisationId] }),
    index('audit_organisation_zeit_idx').on(t.organisationId, t.zeitpunkt),
    uniqueIndex('audit_organisation_nummer_idx').on(t.organisationId, t.nummer),
  ],
);

/**
 * The head of each organisation's audit chain: the last number and hash. The trigger locks this row
 * while it appends, so concurrent transactions of one organisation chain one after the other; and
 * a deleted last row shows as a head that no row matches.
 */
export const auditKette = pgTable('audit_kette', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisation.id),
  nummer: bigint('nummer', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
