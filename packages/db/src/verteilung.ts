/**
 * Where every table goes when Hilfewerk is spread over several database nodes with Citus
 * (docs/adr/0004-citus.md). The catalogue check (verteilung-pruefung.ts) holds the schema to
 * these lists: a table that is in none of them, or in two, fails the check.
 */

/** The distribution column: every tenant table is split over the nodes by it. */
export const VERTEILUNGSSPALTE = 'organisation_id';

/**
 * Tenant tables: every row belongs to exactly one organisation (a Träger or a Jugendamt) and
 * lives on the node of that organisation, next to the rows it references. Their primary key,
 * every unique key and every foreign key to another tenant table include `organisation_id`.
 * The primary key is `(id, organisation_id)`, id first: a lookup by id alone (a Jugendamt reading
 * a Hilfe it granted, the system role) still finds its row through it, with no second index.
 */
export const MANDANTENTABELLEN = [
  'fall',
  'person',
  'hilfe',
  'fall_team',
  'ereignis',
  'notiz',
  'frist',
  'organisationsfrist',
  'benutzer_einstellung',
  'leistungseintrag',
  'leistungseintrag_teilnahme',
  'kalkulation',
  'monatsabschluss',
  'nummernkreis',
  'rechnung',
  'rechnungsposition',
  'budgetvereinbarung',
  'kinderschutzverfahren',
  'kinderschutzschritt',
  'kinderschutz_vignette',
  'anfrage',
  'bericht',
  'posteingang',
  'hilfeplan_termin',
  'hilfeplan_ziel',
  'beschwerde',
  'mitarbeiter',
  'mitarbeiter_vk',
  'bereitschaft',
  'vorkommnis',
  'vorkommnis_pflicht',
  'mitarbeiter_schulung',
  'loeschsperre',
  'abwesenheit',
  'jahresbericht',
  'dokument',
  'eigene_pflicht',
  'audit',
  'audit_kette',
] as const;

/**
 * Reference tables: small, rarely written, read together with tenant rows of any organisation,
 * so every node keeps a full copy.
 * - `organisation`: the root of every tenant and the target of cross-organisation references
 *   (the Jugendamt of a Hilfe, the addressee of an invoice).
 * - `benutzer`: staff accounts. The e-mail address is the login name and must be unique across
 *   all organisations, and login and session lookup must find an account before any
 *   organisation is known; a copy on every node keeps that one unique constraint and one
 *   lookup, where a distributed table would need a second, global table of login names.
 */
export const REFERENZTABELLEN = ['organisation', 'benutzer'] as const;

/**
 * Coordinator tables: found by a secret token or a hash before any organisation is known, and
 * (sessions) written on every few requests; they stay on the coordinator, where every request
 * arrives anyway. They may reference reference tables, never tenant tables.
 */
export const KOORDINATORTABELLEN = ['sitzung', 'kalender_abo', 'fehlversuch', 'hilfewerk_migration'] as const;

export type Verteilung = 'mandant' | 'referenz' | 'koordinator';

/** Which list a table is in; undefined when it is in none. */
export function verteilungVon(tabelle: string): Verteilung | undefined {
  if ((MANDANTENTABELLEN as readonly string[]).includes(tabelle)) return 'mandant';
  if ((REFERENZTABELLEN as readonly string[]).includes(tabelle)) return 'referenz';
  if ((KOORDINATORTABELLEN as readonly string[]).includes(tabelle)) return 'koordinator';
  return undefined;
}
