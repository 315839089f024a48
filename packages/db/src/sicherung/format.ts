import { SicherungsFehler } from './fehler.ts';

/*
 * A backup is one gzip stream of UTF-8 lines:
 *
 *   HILFEWERK-SICHERUNG 1                 magic and format version
 *   {"erstelltAm":…,"tabellen":[…],…}     the Kopf below, one line of JSON
 *   #tabelle fall                          per table, in load order:
 *   <COPY text rows>                         its rows as COPY … TO STDOUT writes them
 *   \.                                       end of the table's rows
 *   #pruefsumme <sha256>                   SHA-256 of every byte before this line
 *
 * COPY's text format escapes backslashes in values, so the line "\." never occurs in row data.
 */

export const MAGIE = 'HILFEWERK-SICHERUNG';
export const FORMAT_VERSION = 1;
export const TABELLEN_ZEILE = '#tabelle ';
export const PRUEFSUMMEN_ZEILE = '#pruefsumme ';
export const ABSCHNITT_ENDE = '\\.';
export const MIGRATIONS_TABELLE = 'hilfewerk_migration';

export interface TabellenKopf {
  name: string;
  /** Columns in the order of the COPY rows; generated columns are left out (COPY cannot load them). */
  spalten: string[];
  zeilen: number;
}

export interface SequenzKopf {
  name: string;
  /** bigint as a decimal string. */
  wert: string;
  aufgerufen: boolean;
}

export interface Kopf {
  /** When the snapshot was taken (start of the backup transaction), ISO 8601. */
  erstelltAm: string;
  /** `server_version` of the source, for the reader; the restore does not depend on it. */
  postgresVersion: string;
  /** Rows of `hilfewerk_migration` without the rls.sql entry, in the order they were applied. */
  migrationen: string[];
  /** In load order: a table comes after the tables its foreign keys point to, where possible. */
  tabellen: TabellenKopf[];
  sequenzen: SequenzKopf[];
}

export function beschaedigt(was: string): SicherungsFehler {
  return new SicherungsFehler(
    'beschaedigt',
    `Die Sicherungsdatei ist beschädigt: ${was}. Sie wird nicht eingespielt. Bitte verwenden Sie eine andere Sicherung.`,
  );
}

const istText = (w: unknown): w is string => typeof w === 'string';
const istTextListe = (w: unknown): w is string[] => Array.isArray(w) && w.every(istText);

/** Reads the JSON line after the magic; anything that is not a well-formed Kopf is damage. */
export function leseKopf(zeile: string): Kopf {
  let k: Record<string, unknown>;
  try {
    k = JSON.parse(zeile);
  } catch {
    throw beschaedigt('der Kopf ist kein gültiges JSON');
  }
  if (typeof k !== 'object' || k === null) throw beschaedigt('der Kopf ist kein Objekt');
  const { erstelltAm, postgresVersion, migrationen, tabellen, sequenzen } = k;
  if (!istText(erstelltAm) || !istText(postgresVersion) || !istTextListe(migrationen)) {
    throw beschaedigt('im Kopf fehlen Angaben');
  }
  if (!Array.isArray(tabellen) || !Array.isArray(sequenzen)) throw beschaedigt('im Kopf fehlen die Tabellen');
  for (const t of tabellen as Record<string, unknown>[]) {
    if (
      !istText(t?.name) ||
      !istTextListe(t.spalten) ||
      !Number.isSafeInteger(t.zeilen) ||
      (t.zeilen as number) < 0
    ) {
      throw beschaedigt('eine Tabellenangabe im Kopf ist unvollständig');
    }
  }
  for (const s of sequenzen as Record<string, unknown>[]) {
    if (
      !istText(s?.name) ||
      !istText(s.wert) ||
      !/^-?\d+$/.test(s.wert) ||
      typeof s.aufgerufen !== 'boolean'
    ) {
      throw beschaedigt('eine Sequenzangabe im Kopf ist unvollständig');
    }
  }
  if (new Set((tabellen as TabellenKopf[]).map((t) => t.name)).size !== tabellen.length) {
    throw beschaedigt('eine Tabelle steht zweimal im Kopf');
  }
  if (!(tabellen as TabellenKopf[]).some((t) => t.name === MIGRATIONS_TABELLE)) {
    throw beschaedigt(`die Tabelle ${MIGRATIONS_TABELLE} fehlt`);
  }
  return k as unknown as Kopf;
}
