import { boolean, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { benutzer } from './benutzer.ts';
import { fall } from './fall.ts';
import { organisation } from './organisation.ts';

/**
 * Case narrative. `besondereKategorie` marks health data and § 8a records
 * (Art. 9 GDPR, §§ 61–68 SGB VIII): fewer roles may read them and every read is audited.
 */
export const notiz = pgTable(
  'notiz',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    fallId: uuid('fall_id').notNull(),
    text: text('text').notNull(),
    besondereKategorie: boolean('besondere_kategorie').notNull().default(false),
    autorId: uuid('autor_id')
      .notNull()
      .references(() => benutzer.id),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'notiz_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'notiz_fall_fk',
      columns: [t.organisationId, t.fallId],
      foreignColumns: [fall.organisationId, fall.id],
    }).onDelete('cascade'),
    index('notiz_fall_idx').on(t.fallId),
  ],
);
