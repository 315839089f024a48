import { HPG_ARTEN, HPG_STATUS, ZIEL_BEWERTUNGEN } from '@hilfewerk/api';
import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { benutzer } from './benutzer.ts';
import { fall } from './fall.ts';
import { hilfe } from './hilfe.ts';
import { organisation } from './organisation.ts';

/*
 * The Hilfeplan (§ 36 SGB VIII) of a Hilfe: run by the granting Jugendamt, kept with the provider's rows
 * (`organisation_id`, as every table between the two; see jugendamt.ts). The ASD writes; the case team reads.
 */

/** Who took part in an HPG and how it was prepared (002: prepared with the young person and the custodians). */
export interface Teilnahme {
  jungerMensch?: boolean;
  sorgeberechtigte?: boolean;
  traeger?: boolean;
  /** Who prepared the HPG with the young person and the custodians, and whether the report was discussed. */
  vorbereitung?: string | null;
}

/** The review of one goal at one HPG ("fortlaufende Überprüfung der Hilfeplanziele"). */
export interface Zielpruefung {
  zielId: string;
  bewertung: (typeof ZIEL_BEWERTUNGEN)[number];
  bemerkung?: string | null;
}

/** A Hilfeplangespräch (or the closing conversation) the ASD set; its date drives the provider's deadlines. */
export const hilfeplanTermin = pgTable(
  'hilfeplan_termin',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    jugendamtId: uuid('jugendamt_id')
      .notNull()
      .references(() => organisation.id),
    fallId: uuid('fall_id').notNull(),
    hilfeId: uuid('hilfe_id').notNull(),
    art: text('art', { enum: HPG_ARTEN }).notNull().default('hpg'),
    datum: date('datum', { mode: 'string' }).notNull(),
    /** The day the provider learnt the date (a late date makes the report "kurzfristig", KIJU). */
    bekanntSeit: date('bekannt_seit', { mode: 'string' }).notNull(),
    status: text('status', { enum: HPG_STATUS }).notNull().default('geplant'),
    teilnahme: jsonb('teilnahme').$type<Teilnahme>().notNull().default({}),
    zielpruefung: jsonb('zielpruefung').$type<Zielpruefung[]>().notNull().default([]),
    erstelltVon: uuid('erstellt_von')
      .notNull()
      .references(() => benutzer.id),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ name: 'hilfeplan_termin_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'hilfeplan_termin_fall_fk',
      columns: [t.organisationId, t.fallId],
      foreignColumns: [fall.organisationId, fall.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'hilfeplan_termin_hilfe_fk',
      columns: [t.organisationId, t.hilfeId],
      foreignColumns: [hilfe.organisationId, hilfe.id],
    }).onDelete('cascade'),
    index('hilfeplan_termin_hilfe_idx').on(t.hilfeId, t.datum),
  ],
);

/** A goal of the Hilfeplan, or a sub-goal (Teilziel) under one (`oberziel_id`). */
export const hilfeplanZiel = pgTable(
  'hilfeplan_ziel',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    jugendamtId: uuid('jugendamt_id')
      .notNull()
      .references(() => organisation.id),
    fallId: uuid('fall_id').notNull(),
    hilfeId: uuid('hilfe_id').notNull(),
    oberzielId: uuid('oberziel_id'),
    text: text('text').notNull(),
    erstelltVon: uuid('erstellt_von')
      .notNull()
      .references(() => benutzer.id),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'hilfeplan_ziel_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'hilfeplan_ziel_hilfe_fk',
      columns: [t.organisationId, t.hilfeId],
      foreignColumns: [hilfe.organisationId, hilfe.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'hilfeplan_ziel_oberziel_fk',
      columns: [t.organisationId, t.oberzielId],
      foreignColumns: [t.organisationId, t.id],
    }).onDelete('cascade'),
    index('hilfeplan_ziel_hilfe_idx').on(t.hilfeId),
  ],
);

export { HPG_ARTEN, HPG_STATUS, ZIEL_BEWERTUNGEN };
