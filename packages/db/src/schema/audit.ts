import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
  },
  (t) => [
    primaryKey({ name: 'audit_pkey', columns: [t.id, t.organisationId] }),
    index('audit_organisation_zeit_idx').on(t.organisationId, t.zeitpunkt),
  ],
);
