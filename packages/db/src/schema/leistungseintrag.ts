import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { benutzer } from './benutzer.ts';
import { fall } from './fall.ts';
import { organisation } from './organisation.ts';

export const LEISTUNGS_ARTEN = ['fallbezogen', 'falluebergreifend', 'fallunspezifisch', 'netzwerk'] as const;

/** One documented stretch of work; `fallId` is null for work without a case. */
export const leistungseintrag = pgTable(
  'leistungseintrag',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    fallId: uuid('fall_id').references(() => fall.id, { onDelete: 'cascade' }),
    benutzerId: uuid('benutzer_id')
      .notNull()
      .references(() => benutzer.id),
    datum: date('datum', { mode: 'string' }).notNull(),
    minuten: integer('minuten').notNull(),
    art: text('art', { enum: LEISTUNGS_ARTEN }).notNull(),
    /** Time "am Klient" (direct) versus preparation, documentation, travel. */
    direkt: boolean('direkt').notNull(),
    bemerkung: text('bemerkung'),
    erfasstAm: timestamp('erfasst_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('leistungseintrag_datum_idx').on(t.organisationId, t.datum)],
);
