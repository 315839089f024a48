import { BESCHWERDE_QUELLEN, BESCHWERDE_STATUS } from '@hilfewerk/api';
import { date, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { benutzer } from './benutzer.ts';
import { organisation } from './organisation.ts';

/**
 * A complaint to the organisation (from outside, a young person, staff). Text and contact are a special
 * category: only Leitung reads them (permission table and rls.sql).
 */
export const beschwerde = pgTable(
  'beschwerde',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    /** Random, not counted: the public answer must not tell how many complaints an organisation has. */
    vorgangsnummer: text('vorgangsnummer').notNull(),
    /** `oeffentlich`: the form without login; `extern`, `adressat`, `mitarbeitende`: entered by Leitung. */
    quelle: text('quelle', { enum: BESCHWERDE_QUELLEN }).notNull().default('oeffentlich'),
    text: text('text').notNull(),
    kontakt: text('kontakt'),
    status: text('status', { enum: BESCHWERDE_STATUS }).notNull().default('eingegangen'),
    eingegangenAm: date('eingegangen_am', { mode: 'string' }).notNull(),
    bestaetigungFaellig: date('bestaetigung_faellig', { mode: 'string' }).notNull(),
    antwortFaellig: date('antwort_faellig', { mode: 'string' }).notNull(),
    bestaetigtAm: date('bestaetigt_am', { mode: 'string' }),
    beantwortetAm: date('beantwortet_am', { mode: 'string' }),
    abgeschlossenAm: date('abgeschlossen_am', { mode: 'string' }),
    /** What came of it, in the words of the person handling it. */
    ergebnis: text('ergebnis'),
    bearbeitetVon: uuid('bearbeitet_von').references(() => benutzer.id),
    /** The person who answers for it: a user of the same organisation (checked by the use case). */
    verantwortlichId: uuid('verantwortlich_id').references(() => benutzer.id),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'beschwerde_pkey', columns: [t.id, t.organisationId] }),
    uniqueIndex('beschwerde_vorgangsnummer_uq').on(t.organisationId, t.vorgangsnummer),
    index('beschwerde_eingang_idx').on(t.organisationId, t.eingegangenAm),
  ],
);
