import type { RohAbfrage } from './client.ts';
import {
  KOORDINATORTABELLEN,
  MANDANTENTABELLEN,
  VERTEILUNGSSPALTE as ORG,
  REFERENZTABELLEN,
  type Verteilung,
  verteilungVon,
} from './verteilung.ts';

const LISTENNAME: Record<Verteilung, string> = {
  mandant: 'Mandantentabelle',
  referenz: 'Referenztabelle',
  koordinator: 'Koordinatortabelle',
};

// Column names of a key in key order, as one comma-separated string: the same on every driver.
// An expression in an index has no column (attnum 0).
const spaltenVon = (schluessel: string, tabelle: string, anzahl = 'NULL') => `coalesce((
  SELECT string_agg(coalesce(a.attname, '(Ausdruck)'), ',' ORDER BY k.n)
  FROM unnest(${schluessel}) WITH ORDINALITY AS k(attnum, n)
  LEFT JOIN pg_attribute a ON a.attrelid = ${tabelle} AND a.attnum = k.attnum
  WHERE k.n <= coalesce(${anzahl}, k.n)), '')`;

const TABELLEN = `SELECT c.relname AS tabelle FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`;

const SPALTEN = `SELECT table_name AS tabelle, column_name AS spalte, data_type AS typ, is_nullable AS nullbar,
    (is_identity = 'YES' OR coalesce(column_default, '') LIKE 'nextval(%') AS sequenz
  FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`;

// Unique and exclusion indexes, the primary key's included; only key columns count (not INCLUDE).
const EINDEUTIGE_INDEXE = `SELECT t.relname AS tabelle, i.relname AS name, x.indisprimary AS primaer,
    x.indisexclusion AS ausschluss,
    ${spaltenVon('x.indkey::int2[]', 'x.indrelid', 'x.indnkeyatts')} AS spalten
  FROM pg_index x
  JOIN pg_class t ON t.oid = x.indrelid
  JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  WHERE n.nspname = 'public' AND (x.indisunique OR x.indisexclusion) ORDER BY 1, 2`;

const FREMDSCHLUESSEL = `SELECT t.relname AS tabelle, c.conname AS name, z.relname AS ziel,
    c.confdeltype::text AS beim_loeschen, c.confupdtype::text AS beim_aendern,
    ${spaltenVon('c.conkey', 'c.conrelid')} AS spalten,
    ${spaltenVon('c.confkey', 'c.confrelid')} AS zielspalten
  FROM pg_constraint c
  JOIN pg_class t ON t.oid = c.conrelid
  JOIN pg_class z ON z.oid = c.confrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  WHERE c.contype = 'f' AND n.nspname = 'public' ORDER BY 1, 2`;

type Melde = (tabelle: string, satz: string) => void;
type Zeile = Record<string, unknown>;

/**
 * Reads the catalogue of a migrated database and reports, one German sentence each, what would
 * stop Citus from distributing it by `organisation_id` as verteilung.ts says: a table in no list
 * (or in two), a tenant table whose primary key, unique key or foreign key to another tenant
 * table lacks `organisation_id`, a foreign key Citus cannot enforce, a sequence in a tenant table.
 * @returns the findings; empty when the schema is ready
 */
export async function pruefeVerteilung(abfrage: RohAbfrage): Promise<string[]> {
  const befunde: string[] = [];
  const melde: Melde = (tabelle, satz) => befunde.push(`${tabelle}: ${satz}`);
  const tabellen = (await abfrage(TABELLEN)).map((z) => String(z.tabelle));
  pruefeListen(tabellen, melde);
  const mandanten = tabellen.filter((t) => verteilungVon(t) === 'mandant');
  pruefeSpalten(mandanten, await abfrage(SPALTEN), melde);
  pruefeIndexe(mandanten, await abfrage(EINDEUTIGE_INDEXE), melde);
  for (const f of await abfrage(FREMDSCHLUESSEL)) pruefeFremdschluessel(f, melde);
  return befunde;
}

function pruefeListen(tabellen: string[], melde: Melde) {
  const listen = [...MANDANTENTABELLEN, ...REFERENZTABELLEN, ...KOORDINATORTABELLEN] as string[];
  for (const t of new Set(listen)) {
    if (listen.filter((l) => l === t).length > 1)
      melde(t, 'steht in mehr als einer Liste von verteilung.ts.');
    if (!tabellen.includes(t)) melde(t, 'steht in verteilung.ts, fehlt aber in der Datenbank.');
  }
  for (const t of tabellen) {
    if (!verteilungVon(t)) {
      melde(t, 'steht in keiner Liste von verteilung.ts (Mandanten-, Referenz- oder Koordinatortabellen).');
    }
  }
}

function pruefeSpalten(mandanten: string[], spalten: Zeile[], melde: Melde) {
  for (const t of mandanten) {
    const org = spalten.find((s) => s.tabelle === t && s.spalte === ORG);
    if (!org) {
      melde(t, `Mandantentabelle ohne Spalte ${ORG}.`);
      continue;
    }
    if (org.nullbar !== 'NO')
      melde(t, `${ORG} darf nicht leer sein: Citus legt eine Zeile ohne Wert nirgends ab.`);
    if (org.typ !== 'uuid') {
      melde(t, `${ORG} hat den Typ ${org.typ}, nicht uuid: nur gleiche Typen liegen zusammen (Co-Location).`);
    }
  }
  for (const s of spalten) {
    if (s.sequenz !== true || !mandanten.includes(String(s.tabelle))) continue;
    melde(
      String(s.tabelle),
      `Spalte ${s.spalte} zählt mit einer Sequenz; Nummern je Organisation gehören in eine Zählertabelle wie nummernkreis.`,
    );
  }
}

function pruefeIndexe(mandanten: string[], indexe: Zeile[], melde: Melde) {
  for (const t of mandanten) {
    if (!indexe.some((i) => i.tabelle === t && i.primaer === true)) {
      melde(
        t,
        'Mandantentabelle ohne Primärschlüssel: Citus verschiebt Shards per logischer Replikation, die ihn braucht.',
      );
    }
  }
  for (const i of indexe) {
    if (!mandanten.includes(String(i.tabelle)) || String(i.spalten).split(',').includes(ORG)) continue;
    const art =
      i.primaer === true
        ? 'Primärschlüssel'
        : i.ausschluss === true
          ? 'Ausschlussbedingung'
          : 'Eindeutiger Index';
    melde(String(i.tabelle), `${art} ${i.name} (${i.spalten}) enthält ${ORG} nicht.`);
  }
}

/** The foreign keys Citus accepts between its kinds of table (Citus's foreign_constraint.c). */
function pruefeFremdschluessel(f: Zeile, melde: Melde) {
  const t = String(f.tabelle);
  const von = verteilungVon(t);
  const nach = verteilungVon(String(f.ziel));
  if (!von || !nach) return; // already reported as in no list
  const spalten = String(f.spalten).split(',');
  const fk = (satz: string) =>
    melde(t, `Fremdschlüssel ${f.name} (${f.spalten}) → ${f.ziel} (${f.zielspalten}) ${satz}`);
  if (von === 'mandant' && nach === 'mandant') {
    const stelle = spalten.indexOf(ORG);
    if (stelle < 0 || String(f.zielspalten).split(',')[stelle] !== ORG) {
      fk(`verbindet nicht über ${ORG} an derselben Stelle auf beiden Seiten.`);
    }
  }
  if (von === 'mandant' && spalten.includes(ORG)) {
    if (['n', 'd'].includes(String(f.beim_loeschen))) {
      fk(`setzt beim Löschen auf NULL oder DEFAULT; Citus lehnt das ab, wenn ${ORG} im Schlüssel ist.`);
    }
    if (['n', 'd', 'c'].includes(String(f.beim_aendern))) {
      fk(`ändert beim Ändern mit; Citus lehnt das ab, wenn ${ORG} im Schlüssel ist.`);
    }
  }
  if (von !== 'mandant' && nach === 'mandant') {
    fk(`führt von einer ${LISTENNAME[von]} auf eine Mandantentabelle: das kann Citus nicht prüfen.`);
  }
  if (von === 'mandant' && nach === 'koordinator') {
    fk('führt von einer Mandantentabelle auf eine Koordinatortabelle: das kann Citus nicht prüfen.');
  }
  const nurSperren =
    ['a', 'r'].includes(String(f.beim_loeschen)) && ['a', 'r'].includes(String(f.beim_aendern));
  if (von === 'referenz' && nach === 'koordinator' && !nurSperren) {
    fk(
      'führt von einer Referenz- auf eine Koordinatortabelle: Citus erlaubt das nur mit NO ACTION oder RESTRICT.',
    );
  }
}
