import { ABWESENHEIT_ARTEN } from '@hilfewerk/api';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisation } from './organisation.ts';
import { mitarbeiter } from './personal.ts';

/**
 * Leave or illness of a person of the staff register, whole days from–to, with the colleague who stands
 * in for their cases meanwhile (the contracts ask for a Vertretung "bei Urlaub und Krankheit"). Only the
 * kind is stored, never a diagnosis; Leitung and Administration only (rls.sql).
 */
export const abwesenheit = pgTable(
  'abwesenheit',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    mitarbeiterId: uuid('mitarbeiter_id').notNull(),
    art: text('art', { enum: ABWESENHEIT_ARTEN }).notNull(),
    von: date('von', { mode: 'string' }).notNull(),
    bis: date('bis', { mode: 'string' }).notNull(),
    /** Who takes over the absent person's cases; null = not settled yet (listed as a warning). */
    vertretungId: uuid('vertretung_id'),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'abwesenheit_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'abwesenheit_mitarbeiter_fk',
      columns: [t.organisationId, t.mitarbeiterId],
      foreignColumns: [mitarbeiter.organisationId, mitarbeiter.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'abwesenheit_vertretung_fk',
      columns: [t.organisationId, t.vertretungId],
      foreignColumns: [mitarbeiter.organisationId, mitarbeiter.id],
    }),
    check('abwesenheit_zeitraum_ck', sql`${t.bis} >= ${t.von}`),
    index('abwesenheit_von_idx').on(t.organisationId, t.von),
  ],
);
