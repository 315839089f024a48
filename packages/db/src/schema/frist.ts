import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { benutzer } from './benutzer.ts';
import { fall } from './fall.ts';
import { hilfe } from './hilfe.ts';
import { organisation } from './organisation.ts';

export const FRIST_STATUS = ['offen', 'erledigt', 'ueberfaellig', 'entfallen'] as const;

/** A deadline derived from a catalogue rule and an event, with its state and proof of completion. */
export const frist = pgTable(
  'frist',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    fallId: uuid('fall_id')
      .notNull()
      .references(() => fall.id, { onDelete: 'cascade' }),
    hilfeId: uuid('hilfe_id')
      .notNull()
      .references(() => hilfe.id, { onDelete: 'cascade' }),
    /** Rule id from the catalogue, e.g. `handlungsplan`. */
    regel: text('regel').notNull(),
    /** Null while the triggering event has no date yet ("offen ohne Datum"). */
    faellig: date('faellig', { mode: 'string' }),
    status: text('status', { enum: FRIST_STATUS }).notNull().default('offen'),
    erledigtAm: date('erledigt_am', { mode: 'string' }),
    erledigtVon: uuid('erledigt_von').references(() => benutzer.id),
    nachweis: text('nachweis'),
    hinweis: text('hinweis'),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('frist_hilfe_idx').on(t.hilfeId), index('frist_faellig_idx').on(t.organisationId, t.faellig)],
);
