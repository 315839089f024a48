import {
  ANFRAGE_STATUS,
  BERICHT_ARTEN,
  BERICHT_STATUS,
  EMPFEHLUNGEN,
  POSTEINGANG_ARTEN,
} from '@hilfewerk/api';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
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
 * The tables between a Jugendamt and a provider. Each row lives with the provider (`organisation_id`, the
 * distribution column, as for `hilfe` and `rechnung`) and names the Jugendamt on the other side
 * (`jugendamt_id`). Row-level security gives each side its own rows: the provider those with its
 * organisation, the Jugendamt those with its id as `jugendamt_id` (rls.sql).
 */

/** The ASD's request to a provider to take on a Hilfe (Anfrageformular), and the provider's answer. */
export const anfrage = pgTable(
  'anfrage',
  {
    id: uuid('id').notNull().defaultRandom(),
    /** The addressed provider. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    /** The asking Jugendamt; it grants the Hilfe when the provider accepts. */
    jugendamtId: uuid('jugendamt_id')
      .notNull()
      .references(() => organisation.id),
    erstelltVon: uuid('erstellt_von')
      .notNull()
      .references(() => benutzer.id),
    leistung: text('leistung').notNull(),
    variante: text('variante'),
    vorname: text('vorname').notNull(),
    nachname: text('nachname').notNull(),
    geburtsdatum: date('geburtsdatum', { mode: 'string' }).notNull(),
    beginn: date('beginn', { mode: 'string' }).notNull(),
    /** The hours per month the ASD has in mind; in the Bremerhaven Trägerbudget not binding (003 II.6). */
    umfangStundenMonat: numeric('umfang_stunden_monat', { precision: 8, scale: 2 }),
    empfehlung: text('empfehlung', { enum: EMPFEHLUNGEN }),
    kinderschutzrelevant: boolean('kinderschutzrelevant').notNull().default(false),
    anlass: text('anlass').notNull(),
    aktenzeichenJugendamt: text('aktenzeichen_jugendamt'),
    /**
     * For a Leistung that follows a stationary measure (LT 11): where the young person comes from, as far as the
     * ASD knows it (the catalogue's list, with a text). The Zusage takes it over unless the provider states another.
     */
    herkunft: text('herkunft'),
    herkunftText: text('herkunft_text'),
    status: text('status', { enum: ANFRAGE_STATUS }).notNull().default('offen'),
    /** Zusage: the agreed start, and the case and Hilfe it created. */
    zugesagterBeginn: date('zugesagter_beginn', { mode: 'string' }),
    fallId: uuid('fall_id'),
    hilfeId: uuid('hilfe_id'),
    absagegrund: text('absagegrund'),
    beantwortetAm: timestamp('beantwortet_am', { withTimezone: true }),
    beantwortetVon: uuid('beantwortet_von').references(() => benutzer.id),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'anfrage_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'anfrage_fall_fk',
      columns: [t.organisationId, t.fallId],
      foreignColumns: [fall.organisationId, fall.id],
    }),
    foreignKey({
      name: 'anfrage_hilfe_fk',
      columns: [t.organisationId, t.hilfeId],
      foreignColumns: [hilfe.organisationId, hilfe.id],
    }),
    index('anfrage_jugendamt_idx').on(t.jugendamtId, t.erstelltAm),
    index('anfrage_organisation_idx').on(t.organisationId, t.erstelltAm),
  ],
);

/** A report of the provider to the granting Jugendamt; once sent it never changes (rls.sql refuses it). */
export const bericht = pgTable(
  'bericht',
  {
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    fallId: uuid('fall_id').notNull(),
    hilfeId: uuid('hilfe_id').notNull(),
    /** The addressee: the Jugendamt that granted the Hilfe when the report was begun. */
    jugendamtId: uuid('jugendamt_id')
      .notNull()
      .references(() => organisation.id),
    art: text('art', { enum: BERICHT_ARTEN }).notNull(),
    /** Sections of the report by name (`ausgangslage`, `ziele`, …) → text; free shape, rendered in order. */
    inhalt: jsonb('inhalt').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: BERICHT_STATUS }).notNull().default('entwurf'),
    /**
     * The letterhead, fixed when the report is sent (provider, Jugendamt, young person, case numbers, sender):
     * the PDF is rendered from this row alone, so it is the same document for both sides and forever.
     */
    kopf: jsonb('kopf').$type<Record<string, unknown>>(),
    erstelltVon: uuid('erstellt_von')
      .notNull()
      .references(() => benutzer.id),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
    geaendertAm: timestamp('geaendert_am', { withTimezone: true }).notNull().defaultNow(),
    gesendetAm: timestamp('gesendet_am', { withTimezone: true }),
    gesendetVon: uuid('gesendet_von').references(() => benutzer.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ name: 'bericht_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'bericht_fall_fk',
      columns: [t.organisationId, t.fallId],
      foreignColumns: [fall.organisationId, fall.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'bericht_hilfe_fk',
      columns: [t.organisationId, t.hilfeId],
      foreignColumns: [hilfe.organisationId, hilfe.id],
    }).onDelete('cascade'),
    index('bericht_hilfe_idx').on(t.hilfeId),
  ],
);

/**
 * What a Jugendamt finds in its Posteingang: a notice from a provider about one Hilfe — a sent report
 * (`bericht`), later a § 8a notification (`kinderschutz`) or another notice (`mitteilung`). The notice
 * points at its source (`bezug_id`: the report, …); `gelesen_am` is the read receipt the provider sees.
 */

export const posteingang = pgTable(
  'posteingang',
  {
    id: uuid('id').notNull().defaultRandom(),
    /** The sending provider. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    /** The addressed Jugendamt. */
    jugendamtId: uuid('jugendamt_id')
      .notNull()
      .references(() => organisation.id),
    art: text('art', { enum: POSTEINGANG_ARTEN }).notNull(),
    /** The case and Hilfe the notice is about; none for a yearly report (it covers the whole provider). */
    fallId: uuid('fall_id'),
    hilfeId: uuid('hilfe_id'),
    bezugId: uuid('bezug_id'),
    titel: text('titel').notNull(),
    gesendetAm: timestamp('gesendet_am', { withTimezone: true }).notNull().defaultNow(),
    gesendetVon: uuid('gesendet_von')
      .notNull()
      .references(() => benutzer.id),
    gelesenAm: timestamp('gelesen_am', { withTimezone: true }),
    gelesenVon: uuid('gelesen_von').references(() => benutzer.id),
    /**
     * The notice as sent, where it has no other home the Jugendamt may read: a § 8a notification keeps its
     * letter here (the procedure itself stays with the provider's case team).
     */
    inhalt: jsonb('inhalt').$type<Record<string, unknown>>(),
    /** The Jugendamt's answer to the notice (e.g. to a § 8a notification), with when and by whom. */
    antwort: text('antwort'),
    beantwortetAm: timestamp('beantwortet_am', { withTimezone: true }),
    beantwortetVon: uuid('beantwortet_von').references(() => benutzer.id),
  },
  (t) => [
    primaryKey({ name: 'posteingang_pkey', columns: [t.id, t.organisationId] }),
    foreignKey({
      name: 'posteingang_hilfe_fk',
      columns: [t.organisationId, t.hilfeId],
      foreignColumns: [hilfe.organisationId, hilfe.id],
    }).onDelete('cascade'),
    index('posteingang_jugendamt_idx').on(t.jugendamtId, t.gesendetAm),
  ],
);

export { ANFRAGE_STATUS, BERICHT_ARTEN, BERICHT_STATUS, EMPFEHLUNGEN, POSTEINGANG_ARTEN };
