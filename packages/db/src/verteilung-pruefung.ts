import type { RohAbfrage } from './client.ts';
import {
  KOORDINATORTABELLEN,
  MANDANTENTABELLEN,
  REFERENZTABELLEN,
  VERTEILUNGSSPALTE as ORG,
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

/**
 * Reads the catalogue of a migrated database and reports, one German sentence each, what would
 * stop Citus from distributing it by `organisation_id` as verteilung.ts says: a table in no list
 * (or in two), a tenant table whose primary key, unique key or foreign key to another tenant
 * table lacks `organisation_id`, a foreign key Citus cannot enforce, a sequence in a tenant table.
 * @returns the findings; empty when the schema is ready
 */
export async function pruefeVerteilung(abfrage: RohAbfrage): Promise<string[]> {
  const befunde: string[] = [];
  const melde = (tabelle: string, satz: string) => befunde.push(`${tabelle}: ${satz}`);

  const tabellen = (await abfrage(TABELLEN)).map((z) => String(z.tabelle));
  const listen = [...MANDANTENTABELLEN, ...REFERENZTABELLEN, ...KOORDINATORTABELLEN] as string[];
  for (const t of new Set(listen)) {
    if (listen.filter((l) => l === t).length > 1) melde(t, 'steht in mehr als einer Liste von verteilung.ts.');
    if (!tabellen.includes(t)) melde(t, 'steht in verteilung.ts, fehlt aber in der Datenbank.');
  }
  for (const t of tabellen) {
    if (!verteilungVon(t)) {
      melde(t, 'steht in keiner Liste von verteilung.ts (Mandanten-, Referenz- oder Koordinatortabellen).');
    }
  }
  const istMandant = (t: string) => verteilungVon(t) === 'mandant';

  const spalten = await abfrage(SPALTEN);
  for (const t of tabellen.filter(istMandant)) {
    const org = spalten.find((s) => s.tabelle === t && s.spalte === ORG);
    if (!org) {
      melde(t, `Mandantentabelle ohne Spalte ${ORG}.`);
      continue;
    }
    if (org.nullbar !== 'NO') melde(t, `${ORG} darf nicht leer sein: Citus legt eine Zeile ohne Wert nirgends ab.`);
    if (org.typ !== 'uuid') {
      melde(t, `${ORG} hat den Typ ${org.typ}, nicht uuid: nur gleiche Typen liegen zusammen (Co-Location).`);
    }
  }
  for (const s of spalten) {
    if (s.sequenz === true && istMandant(String(s.tabelle))) {
      melde(
        String(s.tabelle),
        `Spalte ${s.spalte} zählt mit einer Sequenz; Nummern je Organisation gehören in eine Zählertabelle wie nummernkreis.`,
      );
    }
  }

  const indexe = await abfrage(EINDEUTIGE_INDEXE);
  for (const t of tabellen.filter(istMandant)) {
    if (!indexe.some((i) => i.tabelle === t && i.primaer === true)) {
      melde(t, 'Mandantentabelle ohne Primärschlüssel: Citus verschiebt Shards per logischer Replikation, die ihn braucht.');
    }
  }
  for (const i of indexe) {
    const t = String(i.tabelle);
    if (!istMandant(t) || String(i.spalten).split(',').includes(ORG)) continue;
    const art = i.primaer === true ? 'Primärschlüssel' : i.ausschluss === true ? 'Ausschlussbedingung' : 'Eindeutiger Index';
    melde(t, `${art} ${i.name} (${i.spalten}) enthält ${ORG} nicht.`);
  }

  for (const f of await abfrage(FREMDSCHLUESSEL)) {
    const t = String(f.tabelle);
    const ziel = String(f.ziel);
    const von = verteilungVon(t);
    const nach = verteilungVon(ziel);
    if (!von || !nach) continue; // already reported as in no list
    const spaltenListe = String(f.spalten).split(',');
    const beschrieben = `Fremdschlüssel ${f.name} (${f.spalten}) → ${ziel} (${f.zielspalten})`;
    if (von === 'mandant' && nach === 'mandant') {
      const stelle = spaltenListe.indexOf(ORG);
      if (stelle < 0 || String(f.zielspalten).split(',')[stelle] !== ORG) {
        melde(t, `${beschrieben} verbindet nicht über ${ORG} an derselben Stelle auf beiden Seiten.`);
      }
    }
    if (von === 'mandant' && spaltenListe.includes(ORG)) {
      if (['n', 'd'].includes(String(f.beim_loeschen))) {
        melde(t, `${beschrieben} setzt beim Löschen auf NULL oder DEFAULT; Citus lehnt das ab, wenn ${ORG} im Schlüssel ist.`);
      }
      if (['n', 'd', 'c'].includes(String(f.beim_aendern))) {
        melde(t, `${beschrieben} ändert beim Ändern mit; Citus lehnt das ab, wenn ${ORG} im Schlüssel ist.`);
      }
    }
    if (von !== 'mandant' && nach === 'mandant') {
      melde(t, `${beschrieben}: von einer ${LISTENNAME[von]} auf eine Mandantentabelle kann Citus nicht prüfen.`);
    }
    if (nach === 'koordinator' && von === 'mandant') {
      melde(t, `${beschrieben}: von einer Mandantentabelle auf eine Koordinatortabelle kann Citus nicht prüfen.`);
    }
    const nurSperren = ['a', 'r'].includes(String(f.beim_loeschen)) && ['a', 'r'].includes(String(f.beim_aendern));
    if (nach === 'koordinator' && von === 'referenz' && !nurSperren) {
      melde(t, `${beschrieben}: von einer Referenz- auf eine Koordinatortabelle erlaubt Citus nur NO ACTION oder RESTRICT.`);
    }
  }
  return befunde;
}
