import { ORGANISATIONS_ARTEN } from '@hilfewerk/api';
import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A freier Träger or a Jugendamt. The root of every tenant: all other tenant rows point here. */
export const organisation = pgTable('organisation', {
  id: uuid('id').primaryKey().defaultRandom(),
  art: text('art', { enum: ORGANISATIONS_ARTEN }).notNull(),
  name: text('name').notNull(),
  /** Two-letter code (NW, HB, BE, …); decides public holidays for deadlines. */
  bundesland: text('bundesland').notNull(),
  /** Leitweg-ID for XRechnung; only public bodies have one. */
  leitwegId: text('leitweg_id'),
  /**
   * What invoices need of the organisation: postal address; for a provider also tax number,
   * bank account, billing contact and DATEV settings (shape: server/src/abrechnung/rechnungsangaben.ts).
   */
  rechnungsangaben: jsonb('rechnungsangaben'),
  /** A provider's catalogue Leistungen (its Leistungsvereinbarungen): what a Jugendamt may ask it for. */
  leistungen: text('leistungen').array().notNull().default([]),
  /**
   * Stable public short name (lower-case letters, digits, hyphens) in the address of the public complaint
   * form, /beschwerde/<kennung>: printable on a poster, and unlike the id it reveals nothing internal.
   */
  kennung: text('kennung').unique(),
  erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
});
