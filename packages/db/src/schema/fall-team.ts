import { foreignKey, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { benutzer } from './benutzer.ts';
import { fall } from './fall.ts';
import { organisation } from './organisation.ts';

/** Staff assigned to a case; Fachkräfte and semiprofessional staff see only these cases. */
export const fallTeam = pgTable(
  'fall_team',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    fallId: uuid('fall_id').notNull(),
    benutzerId: uuid('benutzer_id')
      .notNull()
      .references(() => benutzer.id),
  },
  (t) => [
    primaryKey({ name: 'fall_team_pkey', columns: [t.fallId, t.benutzerId, t.organisationId] }),
    foreignKey({
      name: 'fall_team_fall_fk',
      columns: [t.organisationId, t.fallId],
      foreignColumns: [fall.organisationId, fall.id],
    }).onDelete('cascade'),
  ],
);
