// City-scale benchmark of the key figures (docs/PERFORMANCE.md, "Kennzahlen einer Stadt"):
// a synthetic city — 40 providers, 3 Jugendämter, 10 years, 60,000 Hilfen, ≈ 12 million hour entries at
// --skala 1 — loaded with COPY into PostgreSQL beside the demo data of `hilfewerk serve`, then
// 1. every figure computed by our code (the use cases' own functions, in this process, with the same
//    transaction, role and row-level security as a request) beside a hand-written SQL query of the same
//    result, as the database owner without any of that; ratio per figure (target ≤ 1.3×), results compared;
// 2. over HTTP: the key figures of a provider with 500 Hilfen (GET /api/kennzahlen, the Leitung's start
//    figures), p95 (target < 300 ms), and the Jugendamt's view over all its providers
//    (GET /api/kennzahlen/traeger), p95 (target < 2 s);
// 3. the server's memory (RSS of the `hilfewerk serve` process) after the runs.
//
// Run: node --import tsx bench/kennzahlen-stadt.ts [--skala 0.02] [--jahr 2026]
//   DATABASE_URL=postgres://…   use this server (a database hw_bench_<random> is created and dropped)
// Not part of `npm test`. At --skala 1 loading takes long and needs several GiB of disk.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { oeffneDatenbank } from '@hilfewerk/db';
import { ladeLeistungen, leseZeitraum } from '@hilfewerk/rules';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Kontext } from '../packages/server/src/access/kontext.ts';
import { heute } from '../packages/server/src/use-cases/fristen/intern/heute.ts';
import { getKennzahlen } from '../packages/server/src/use-cases/kennzahlen/get-kennzahlen.ts';
import { getKennzahlenTraeger } from '../packages/server/src/use-cases/kennzahlen-traeger/get-kennzahlen-traeger.ts';
import { anmelden, benchDatenbank, starteHilfewerk } from './lib/umgebung.ts';

const { values: arg } = parseArgs({
  options: { skala: { type: 'string', default: '1' }, jahr: { type: 'string', default: '2026' } },
});
const SKALA = Number(arg.skala);
const JAHR = Number(arg.jahr);
if (!(SKALA > 0 && SKALA <= 1)) throw new Error('--skala liegt zwischen 0 (ausschließlich) und 1.');
const TRAEGER = 40;
const JUGENDAEMTER = 3;
const JAHRE = 10;
const HILFEN = Math.round(60_000 * SKALA);
const EINTRAEGE = Math.round(12_000_000 * SKALA);
const GROSS = Math.min(500, Math.floor(HILFEN / 2)); // the provider whose start figures are measured
const WIEDERHOLUNGEN = 30;
const PASSWORT = 'hilfewerk-demo';

// Deterministic pseudo-random numbers: the same city on every run.
let saat = 42;
const zufall = () => {
  saat = (saat * 1_103_515_245 + 12_345) % 2 ** 31;
  return saat / 2 ** 31;
};
const ganz = (n: number) => Math.floor(zufall() * n);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const TAG = 86_400_000;
const START = Date.UTC(JAHR - JAHRE + 1, 0, 1);
const ENDE = Date.UTC(JAHR, 11, 31);

async function kopiere(client: pg.Client, tabelle: string, spalten: string[], zeilen: Iterable<string>) {
  const strom = client.query(copyFrom(`COPY ${tabelle} (${spalten.join(', ')}) FROM STDIN`));
  async function* stuecke() {
    let puffer = '';
    for (const z of zeilen) {
      puffer += `${z}\n`;
      if (puffer.length > 1 << 20) {
        yield puffer;
        puffer = '';
      }
    }
    if (puffer) yield puffer;
  }
  await pipeline(Readable.from(stuecke()), strom);
}

interface Stadt {
  jugendaemter: { id: string; name: string; controlling: string; controllingId: string }[];
  traeger: { id: string; leitung: string; leitungId: string; fachkraft: string }[];
  hilfen: { id: string; org: string; beginn: number; ende: number | null }[];
}

/** Organisations, accounts, cases, Hilfen and hour entries of the synthetic city, through COPY. */
async function erzeuge(url: string): Promise<Stadt> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query("SELECT passwort_hash FROM benutzer WHERE email = 'leitung@kiju.demo'");
  const hash = rows[0].passwort_hash as string;
  const stadt: Stadt = { jugendaemter: [], traeger: [], hilfen: [] };
  for (let j = 0; j < JUGENDAEMTER; j++)
    stadt.jugendaemter.push({
      id: randomUUID(),
      name: `Stadtjugendamt ${j + 1}`,
      controlling: `controlling-${j + 1}@stadt.bench`,
      controllingId: randomUUID(),
    });
  for (let t = 0; t < TRAEGER; t++)
    stadt.traeger.push({
      id: randomUUID(),
      leitung: `leitung-${t + 1}@stadt.bench`,
      leitungId: randomUUID(),
      fachkraft: randomUUID(),
    });
  // The rows are consistent by construction: skip the per-row foreign-key checks while loading (a
  // superuser's session setting; on a server where the benchmark is no superuser it loads with them).
  await client.query("SET session_replication_role = 'replica'").catch(() => undefined);
  await kopiere(
    client,
    'organisation',
    ['id', 'art', 'name', 'bundesland', 'leistungen'],
    [
      ...stadt.jugendaemter.map((j) => `${j.id}\tjugendamt\t${j.name}\tHB\t{}`),
      ...stadt.traeger.map(
        (t, i) =>
          `${t.id}\ttraeger\tStadtträger ${String(i + 1).padStart(2, '0')}\tHB\t{bremerhaven-ambulant}`,
      ),
    ],
  );
  await kopiere(
    client,
    'benutzer',
    ['id', 'organisation_id', 'email', 'name', 'passwort_hash', 'rolle'],
    [
      ...stadt.jugendaemter.map(
        (j) => `${j.controllingId}\t${j.id}\t${j.controlling}\tControlling\t${hash}\tfachcontrolling`,
      ),
      ...stadt.traeger.flatMap((t) => [
        `${t.leitungId}\t${t.id}\t${t.leitung}\tLeitung\t${hash}\tleitung`,
        `${t.fachkraft}\t${t.id}\tfk-${t.id}@stadt.bench\tFachkraft\t${hash}\tfachkraft`,
      ]),
    ],
  );
  // Provider 0 has exactly GROSS Hilfen; the rest are spread over the other providers.
  for (let i = 0; i < HILFEN; i++) {
    const t = i < GROSS ? 0 : 1 + ganz(TRAEGER - 1);
    const beginn = START + ganz((ENDE - START) / TAG) * TAG;
    const dauer = (30 + ganz(700)) * TAG;
    const ende = beginn + dauer <= ENDE ? beginn + dauer : null;
    stadt.hilfen.push({ id: randomUUID(), org: stadt.traeger[t].id, beginn, ende });
  }
  const faelle = stadt.hilfen.map(() => randomUUID());
  await kopiere(
    client,
    'fall',
    ['id', 'organisation_id', 'aktenzeichen', 'bezeichnung'],
    stadt.hilfen.map((h, i) => `${faelle[i]}\t${h.org}\tS-${i}\tFall ${i}`),
  );
  await kopiere(
    client,
    'hilfe',
    [
      'id',
      'organisation_id',
      'fall_id',
      'leistung',
      'variante',
      'rechtsgrundlage',
      'jugendamt_id',
      'beginn',
      'tatsaechliches_ende',
      'beendigung',
      'stunden_pro_monat',
    ],
    stadt.hilfen.map(
      (h, i) =>
        `${h.id}\t${h.org}\t${faelle[i]}\tbremerhaven-ambulant\tp31\t§ 31 SGB VIII\t${stadt.jugendaemter[i % JUGENDAEMTER].id}\t${iso(h.beginn)}\t${h.ende === null ? '\\N' : iso(h.ende)}\t${h.ende === null ? '\\N' : ['planmaessig', 'unplanmaessig', '\\N'][i % 3]}\t${6 + (i % 15)}`,
    ),
  );
  // Deadlines (four per Hilfe, 90 days apart while it runs), complaints (six per provider and year) and
  // § 8a procedures (one Hilfe in 40): the small tables the provider's figures read beside the entries.
  const heuteTag = heute();
  function* fristen() {
    for (const [i, h] of stadt.hilfen.entries()) {
      for (let k = 0; k < 4; k++) {
        const faellig = h.beginn + (k + 1) * 90 * TAG;
        if (faellig > (h.ende ?? ENDE)) break;
        const r = zufall();
        const f = iso(faellig);
        const status =
          r < 0.1 ? 'entfallen' : f >= heuteTag ? 'offen' : r < 0.85 ? 'erledigt' : 'ueberfaellig';
        const erledigt = status === 'erledigt' ? iso(faellig + (ganz(24) - 18) * TAG) : '\\N';
        yield `${randomUUID()}\t${h.org}\t${faelle[i]}\t${h.id}\tbench-${k}\t${f}\t${status}\t${erledigt}`;
      }
    }
  }
  await kopiere(
    client,
    'frist',
    ['id', 'organisation_id', 'fall_id', 'hilfe_id', 'regel', 'faellig', 'status', 'erledigt_am'],
    fristen(),
  );
  function* beschwerden() {
    for (const t of stadt.traeger) {
      for (let n = 0; n < JAHRE * 6; n++) {
        const ein = START + ganz((ENDE - START) / TAG) * TAG;
        const ab = zufall() < 0.1 ? '\\N' : iso(ein + ganz(60) * TAG);
        yield `${randomUUID()}\t${t.id}\tB-${n}\tBench\t${iso(ein)}\t${iso(ein + 7 * TAG)}\t${iso(ein + 30 * TAG)}\t${ab}`;
      }
    }
  }
  await kopiere(
    client,
    'beschwerde',
    [
      'id',
      'organisation_id',
      'vorgangsnummer',
      'text',
      'eingegangen_am',
      'bestaetigung_faellig',
      'antwort_faellig',
      'abgeschlossen_am',
    ],
    beschwerden(),
  );
  const fkVon = new Map(stadt.traeger.map((t) => [t.id, t.fachkraft]));
  await kopiere(
    client,
    'kinderschutzverfahren',
    ['id', 'organisation_id', 'fall_id', 'anhaltspunkte', 'begonnen_am', 'begonnen_von', 'abgeschlossen_am'],
    stadt.hilfen
      .map((h, i) => [h, i] as const)
      .filter(([, i]) => i % 40 === 0)
      .map(([h, i]) => {
        const beginn = h.beginn + ganz(60) * TAG;
        const ab = zufall() < 0.2 ? '\\N' : iso(beginn + ganz(90) * TAG);
        return `${randomUUID()}\t${h.org}\t${faelle[i]}\tBench\t${iso(beginn)}\t${fkVon.get(h.org)}\t${ab}`;
      }),
  );
  const jeHilfe = EINTRAEGE / HILFEN;
  function* eintraege() {
    for (const [i, h] of stadt.hilfen.entries()) {
      const bis = h.ende ?? ENDE;
      const n = Math.round(jeHilfe * (0.5 + zufall()));
      for (let k = 0; k < n; k++) {
        const datum = iso(h.beginn + ganz((bis - h.beginn) / TAG + 1) * TAG);
        yield `${randomUUID()}\t${h.org}\t${faelle[i]}\t${h.id}\t${fkVon.get(h.org)}\t${datum}\t${15 + ganz(8) * 15}\t${k % 5 === 0 ? 'indirekt' : 'direkt'}\tfachkraft`;
      }
    }
  }
  const vorher = performance.now();
  await kopiere(
    client,
    'leistungseintrag',
    [
      'id',
      'organisation_id',
      'fall_id',
      'hilfe_id',
      'benutzer_id',
      'datum',
      'minuten',
      'art',
      'qualifikation',
    ],
    eintraege(),
  );
  await client.query('RESET session_replication_role');
  // As a database in use would be: statistics, and the visibility map that lets index-only scans skip the table.
  await client.query('VACUUM ANALYZE');
  const { rows: z } = await client.query(
    `SELECT (SELECT count(*) FROM leistungseintrag)::int AS eintraege, (SELECT count(*) FROM hilfe)::int AS hilfen,
            (SELECT count(*) FROM frist)::int AS fristen, (SELECT count(*) FROM beschwerde)::int AS beschwerden,
            (SELECT count(*) FROM kinderschutzverfahren)::int AS verfahren,
            pg_size_pretty(pg_database_size(current_database())) AS groesse`,
  );
  console.log(
    `Geladen (Stadt und Demodaten): ${z[0].hilfen} Hilfen, ${z[0].eintraege} Stundeneinträge, ${z[0].fristen} Fristen, ${z[0].beschwerden} Beschwerden, ${z[0].verfahren} § 8a-Verfahren; Datenbank ${z[0].groesse}; Stundeneinträge in ${((performance.now() - vorher) / 1000).toFixed(1)} s`,
  );
  await client.end();
  return stadt;
}

const ms = (t: number) => `${t.toFixed(1)} ms`;
const quantil = (werte: number[], q: number) => {
  const s = [...werte].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
async function zeit(f: () => Promise<unknown>, n = WIEDERHOLUNGEN): Promise<number[]> {
  for (let i = 0; i < 3; i++) await f();
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = performance.now();
    await f();
    t.push(performance.now() - a);
  }
  return t;
}
/**
 * Ours and the hand-written query in turns, so that load from other processes on the shared machine falls on
 * both alike: the ratio of the medians is what is compared.
 */
async function paarweise(
  unserer: () => Promise<unknown>,
  hand: () => Promise<unknown>,
  n = WIEDERHOLUNGEN,
): Promise<[number[], number[]]> {
  const u: number[] = [];
  const h: number[] = [];
  for (let i = 0; i < 3; i++) await Promise.all([unserer(), hand()]);
  for (let i = 0; i < n; i++) {
    for (const [f, t] of i % 2
      ? [[hand, h] as const, [unserer, u] as const]
      : [[unserer, u] as const, [hand, h] as const]) {
      const a = performance.now();
      await f();
      t.push(performance.now() - a);
    }
  }
  return [u, h];
}
const verfehlt: string[] = [];

const db = await benchDatenbank();
const server = await starteHilfewerk(db.url);
try {
  console.log(
    `Skala ${SKALA}: ${TRAEGER} Träger, ${JUGENDAEMTER} Jugendämter, ${JAHRE} Jahre, ${HILFEN} Hilfen, ≈ ${EINTRAEGE} Stundeneinträge`,
  );
  const stadt = await erzeuge(db.url);
  const app = await oeffneDatenbank({ databaseUrl: db.url, poolGroesse: 4 });
  const roh = new pg.Client({ connectionString: db.url });
  await roh.connect();
  // Dropping the database at the end ends this connection; that is no error of the run.
  roh.on('error', () => {});

  const kontext = (
    org: string,
    art: 'traeger' | 'jugendamt',
    benutzer: string,
    rolle: 'leitung' | 'fachcontrolling',
  ): Kontext => ({
    db: app,
    ip: '127.0.0.1',
    auth: {
      sitzungId: 'bench',
      csrfToken: 'bench',
      benutzer: { id: benutzer, email: 'bench', name: 'Bench', rolle },
      organisation: { id: org, name: 'Bench', art, bundesland: 'HB' },
    },
  });
  const gross = stadt.traeger[0];
  const ja = stadt.jugendaemter[0];
  const von = `${JAHR}-01-01`;
  const bis = `${JAHR}-12-31`;

  // Hand-written SQL of the same results, as the owner (no role switch, no RLS, no TypeScript): every figure
  // GET /api/kennzahlen returns, in one message (ids are generated uuids, dates fixed: no parameters needed).
  const tagessatz = [...ladeLeistungen().values()]
    .filter((l) => l.kalkulation.art === 'tagessatz')
    .map((l) => l.id);
  const handTraegerText = (von: string, bis: string) => {
    const o = `'${gross.id}'`;
    const [v, b] = [`'${von}'::date`, `'${bis}'::date`];
    const ende = `h.tatsaechliches_ende BETWEEN ${v} AND ${b}`;
    return `SELECT count(*) FILTER (WHERE h.beginn BETWEEN ${v} AND ${b}) AS aufnahmen,
              count(*) FILTER (WHERE ${ende}) AS entlassungen,
              round(avg(h.tatsaechliches_ende - h.beginn + 1) FILTER (WHERE ${ende}), 1) AS mittel,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY h.tatsaechliches_ende - h.beginn + 1) FILTER (WHERE ${ende}) AS median,
              count(*) FILTER (WHERE ${ende} AND h.beendigung = 'planmaessig') AS planmaessig,
              count(*) FILTER (WHERE ${ende} AND h.beendigung = 'unplanmaessig') AS unplanmaessig,
              count(DISTINCT h.fall_id) FILTER (WHERE greatest(h.beginn, ${v}) <= least(coalesce(h.tatsaechliches_ende, ${b}), ${b})) AS familien
       FROM hilfe h WHERE h.organisation_id = ${o};
       SELECT o.name, count(*) AS hilfen FROM hilfe h JOIN organisation o ON o.id = h.jugendamt_id
       WHERE h.organisation_id = ${o} AND h.beginn <= ${b} AND (h.tatsaechliches_ende IS NULL OR h.tatsaechliches_ende >= ${v})
       GROUP BY o.name ORDER BY 2 DESC, 1;
       SELECT round(coalesce(sum(h.stunden_pro_monat * (least(coalesce(h.tatsaechliches_ende, m.bis), m.bis) - greatest(h.beginn, m.von) + 1)
                                 / (m.bis - m.von + 1)), 0), 2) AS plan
       FROM hilfe h JOIN (SELECT d::date AS von, (d + interval '1 month' - interval '1 day')::date AS bis
                          FROM generate_series(${v}, ${b}, interval '1 month') d) m
         ON greatest(h.beginn, m.von) <= least(coalesce(h.tatsaechliches_ende, m.bis), m.bis)
       WHERE h.organisation_id = ${o} AND h.stunden_pro_monat > 0;
       SELECT round(coalesce(sum(l.minuten) FILTER (WHERE l.art IN ('direkt', 'falluebergreifend')), 0) / 60.0, 2) AS ist,
              round(coalesce(sum(l.minuten) FILTER (WHERE l.art = 'fallunspezifisch'), 0) / 60.0, 2) AS fallunspezifisch,
              round(coalesce(sum(l.minuten) FILTER (WHERE l.art = 'falluebergreifend'), 0) / 60.0, 2) AS falluebergreifend,
              round(coalesce(sum(l.minuten) FILTER (WHERE l.art = 'netzwerkarbeit'), 0) / 60.0, 2) AS netzwerkarbeit,
              round(coalesce(sum(l.minuten) FILTER (WHERE l.art = 'indirekt'), 0) / 60.0, 2) AS indirekt,
              round(coalesce(sum(l.minuten) FILTER (WHERE l.art = 'fahrzeit'), 0) / 60.0, 2) AS fahrzeit,
              count(*) FILTER (WHERE l.gruppenangebot <> '') AS termine,
              coalesce(sum((SELECT count(*) FROM leistungseintrag_teilnahme t WHERE t.organisation_id = l.organisation_id
                                AND t.eintrag_id = l.id)) FILTER (WHERE l.gruppenangebot <> ''), 0) AS teilnahmen
       FROM leistungseintrag l WHERE l.organisation_id = ${o} AND l.datum BETWEEN ${v} AND ${b};
       SELECT count(*) FILTER (WHERE eingegangen_am BETWEEN ${v} AND ${b}) AS eingegangen,
              count(*) FILTER (WHERE eingegangen_am <= ${b} AND (abgeschlossen_am IS NULL OR abgeschlossen_am > ${b})) AS offen
       FROM beschwerde WHERE organisation_id = ${o};
       SELECT count(*) AS faellig,
              count(*) FILTER (WHERE status = 'erledigt' AND erledigt_am <= faellig) AS termingerecht,
              count(*) FILTER (WHERE status = 'erledigt' AND erledigt_am IS NOT NULL) AS erledigt
       FROM frist WHERE organisation_id = ${o} AND faellig BETWEEN ${v} AND ${b} AND faellig < '${heute()}' AND status <> 'entfallen';
       SELECT count(*) FILTER (WHERE begonnen_am BETWEEN ${v} AND ${b}) AS begonnen,
              count(*) FILTER (WHERE abgeschlossen_am BETWEEN ${v} AND ${b}) AS abgeschlossen,
              count(*) FILTER (WHERE begonnen_am <= ${b} AND (abgeschlossen_am IS NULL OR abgeschlossen_am > ${b})) AS offen
       FROM kinderschutzverfahren WHERE organisation_id = ${o};
       SELECT h.leistung, sum(greatest(0, least(coalesce(h.tatsaechliches_ende, ${b}), ${b}) - greatest(h.beginn, ${v}) + 1)) AS tage
       FROM hilfe h WHERE h.organisation_id = ${o} AND h.leistung = ANY ('{${tagessatz.join(',')}}'::text[])
       GROUP BY 1 ORDER BY 1`;
  };
  const handTraeger = async (von: string, bis: string) =>
    (await roh.query(handTraegerText(von, bis))) as unknown as pg.QueryResult[];
  // The body of rls.sql's hw_kennzahlen_traeger written out for this Jugendamt (own entries, shares of group
  // offers, budget minutes), its total over all providers and the budget agreements: what the page reads.
  const budget = [...ladeLeistungen().values()]
    .filter((l) => l.kalkulation.art === 'traegerbudget')
    .map((l) => l.id);
  const handJugendamtText = `WITH h AS (SELECT organisation_id, id, leistung, beginn, tatsaechliches_ende AS ende FROM hilfe
                  WHERE jugendamt_id = '${ja.id}' AND beginn <= '${bis}' AND (tatsaechliches_ende IS NULL OR tatsaechliches_ende >= '${von}')),
            e AS (SELECT h.organisation_id, sum(s.m) AS m, sum(s.bm) AS bm
                  FROM h CROSS JOIN LATERAL (
                    SELECT sum(l.minuten) AS m,
                           sum(l.minuten) FILTER (WHERE l.art = 'direkt' AND h.leistung = ANY ('{${budget.join(',')}}'::text[])) AS bm
                    FROM leistungseintrag l
                    WHERE l.hilfe_id = h.id AND l.organisation_id = h.organisation_id AND l.gruppenangebot IS NULL
                      AND l.datum BETWEEN '${von}' AND '${bis}') s
                  GROUP BY 1),
            g AS (SELECT t.organisation_id, sum(t.minuten) AS m,
                         sum(t.minuten) FILTER (WHERE l.art IN ('direkt', 'falluebergreifend') AND h.leistung = ANY ('{${budget.join(',')}}'::text[])) AS bm
                  FROM leistungseintrag_teilnahme t
                  JOIN leistungseintrag l ON l.organisation_id = t.organisation_id AND l.id = t.eintrag_id
                  JOIN h ON h.organisation_id = t.organisation_id AND h.id = t.hilfe_id
                  WHERE l.datum BETWEEN '${von}' AND '${bis}' GROUP BY 1),
            f AS (SELECT h.organisation_id, count(*) AS hilfen,
                         count(*) FILTER (WHERE h.beginn >= '${von}') AS aufnahmen,
                         count(*) FILTER (WHERE h.ende <= '${bis}') AS entlassungen,
                         sum(h.ende - h.beginn + 1) FILTER (WHERE h.ende <= '${bis}') AS vsumme,
                         percentile_cont(0.5) WITHIN GROUP (ORDER BY h.ende - h.beginn + 1) FILTER (WHERE h.ende <= '${bis}') AS median
                  FROM h GROUP BY 1)
       SELECT f.*, o.name, coalesce(e.m, 0) + coalesce(g.m, 0) AS minuten, coalesce(e.bm, 0) + coalesce(g.bm, 0) AS budgetminuten,
              (SELECT count(*) FROM beschwerde b WHERE b.organisation_id = f.organisation_id
                 AND b.eingegangen_am BETWEEN '${von}' AND '${bis}') AS beschwerden
       FROM f JOIN organisation o ON o.id = f.organisation_id
       LEFT JOIN e ON e.organisation_id = f.organisation_id LEFT JOIN g ON g.organisation_id = f.organisation_id;
       SELECT count(*) AS entlassungen, sum(tatsaechliches_ende - beginn + 1) AS vsumme,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY tatsaechliches_ende - beginn + 1) AS median
       FROM hilfe WHERE jugendamt_id = '${ja.id}' AND tatsaechliches_ende BETWEEN '${von}' AND '${bis}';
       SELECT * FROM budgetvereinbarung WHERE jugendamt_id = '${ja.id}' ORDER BY beginn`;
  const handJugendamt = async () => (await roh.query(handJugendamtText)) as unknown as pg.QueryResult[];
  // The Leitung's Übersicht asks for the current month (server time); a past --jahr takes its December.
  const monat = heute().startsWith(String(JAHR)) ? heute().slice(0, 7) : `${JAHR}-12`;
  const unser = {
    jahr: () => getKennzahlen(kontext(gross.id, 'traeger', gross.leitungId, 'leitung'), { jahr: JAHR }),
    monat: () => getKennzahlen(kontext(gross.id, 'traeger', gross.leitungId, 'leitung'), { zeitraum: monat }),
    jugendamt: () =>
      getKennzahlenTraeger(kontext(ja.id, 'jugendamt', ja.controllingId, 'fachcontrolling'), JAHR),
  };

  /** Every figure of ours against the hand query's; the names of those that differ. */
  const vergleicheTraeger = async (
    ergebnis: Awaited<ReturnType<typeof unser.jahr>>,
    von: string,
    bis: string,
  ) => {
    const [h, amt, plan, st, be, fr, ks, al] = (await handTraeger(von, bis)).map((r) => r.rows);
    const n = (w: unknown) => (w === null ? null : Number(w));
    const p = n(plan[0].plan) as number;
    const ist = Number(st[0].ist);
    const mitAngabe = Number(h[0].planmaessig) + Number(h[0].unplanmaessig);
    const faellig = Number(fr[0].faellig);
    const erwartet: [string, unknown, unknown][] = [
      ['aufnahmen', ergebnis.aufnahmen, n(h[0].aufnahmen)],
      ['entlassungen', ergebnis.entlassungen, n(h[0].entlassungen)],
      ['verweildauer.mittel', ergebnis.verweildauerTage.mittel, n(h[0].mittel)],
      ['verweildauer.median', ergebnis.verweildauerTage.median, n(h[0].median)],
      [
        'belegendeJugendaemter',
        JSON.stringify(ergebnis.belegendeJugendaemter),
        JSON.stringify(amt.map((a) => ({ name: a.name, hilfen: Number(a.hilfen) }))),
      ],
      ['beschwerden', ergebnis.beschwerden, n(be[0].eingegangen)],
      ['beschwerdenOffen', ergebnis.beschwerdenOffen, n(be[0].offen)],
      ['entlassungen.planmaessig', ergebnis.entlassungenNachGrund.planmaessig, n(h[0].planmaessig)],
      ['entlassungen.unplanmaessig', ergebnis.entlassungenNachGrund.unplanmaessig, n(h[0].unplanmaessig)],
      [
        'entlassungen.ohneAngabe',
        ergebnis.entlassungenNachGrund.ohneAngabe,
        Number(h[0].entlassungen) - mitAngabe,
      ],
      [
        'entlassungen.anteilPlanmaessig',
        ergebnis.entlassungenNachGrund.anteilPlanmaessigProzent,
        mitAngabe ? Math.round((Number(h[0].planmaessig) * 1000) / mitAngabe) / 10 : null,
      ],
      ['stunden.direkt.ist', ergebnis.stunden.direkt.ist, ist],
      [
        'stunden.direkt.plan (±0,01)',
        Math.round(Math.abs(ergebnis.stunden.direkt.plan - p) * 100) <= 1,
        true,
      ],
      ...(['fallunspezifisch', 'falluebergreifend', 'netzwerkarbeit', 'indirekt', 'fahrzeit'] as const).map(
        (a): [string, unknown, unknown] => [`stunden.${a}`, ergebnis.stunden[a], Number(st[0][a])],
      ),
      ['fristen.faellig', ergebnis.fristen.faellig, faellig],
      ['fristen.termingerecht', ergebnis.fristen.termingerecht, n(fr[0].termingerecht)],
      ['fristen.offen', ergebnis.fristen.offen, faellig - Number(fr[0].erledigt)],
      ['kinderschutz.begonnen', ergebnis.kinderschutz.begonnen, n(ks[0].begonnen)],
      ['kinderschutz.abgeschlossen', ergebnis.kinderschutz.abgeschlossen, n(ks[0].abgeschlossen)],
      ['kinderschutz.offenAmEnde', ergebnis.kinderschutz.offenAmEnde, n(ks[0].offen)],
      [
        'auslastung.belegungstage',
        JSON.stringify(ergebnis.auslastung.map((a) => [a.leistung, a.belegungstage])),
        JSON.stringify(al.map((a) => [a.leistung, Number(a.tage)])),
      ],
      [
        'bremerhaven (Stunden, Gruppen, Teilnahmen, Familien)',
        JSON.stringify(ergebnis.bremerhaven?.filter((k) => k.wert !== null).map((k) => k.wert)),
        JSON.stringify([
          ist,
          Number(st[0].termine),
          Number(st[0].teilnahmen),
          Number(h[0].familien),
          Number(st[0].fallunspezifisch),
          Number(st[0].falluebergreifend),
          Number(st[0].netzwerkarbeit),
        ]),
      ],
    ];
    return erwartet
      .filter(([, a, b]) => a !== b)
      .map(([name, a, b]) => `${name}: ${String(a)} ≠ ${String(b)}`);
  };

  // Same results?
  const abweichungJahr = await vergleicheTraeger(await unser.jahr(), von, bis);
  const mz = leseZeitraum(monat);
  const abweichungMonat = await vergleicheTraeger(await unser.monat(), mz.von, mz.bis);
  for (const a of [...abweichungJahr, ...abweichungMonat]) console.log(`Abweichung: ${a}`);
  const j = await unser.jugendamt();
  const [hjZeilen, hjGesamt] = await handJugendamt();
  const hj = new Map(hjZeilen.rows.map((r) => [r.organisation_id as string, r]));
  const gleichJ =
    j.traeger.length === hj.size &&
    (j.summe.unterdrueckteFelder.includes('verweildauerTage.median') ||
      j.summe.verweildauerTage.median === Number(hjGesamt.rows[0].median)) &&
    j.traeger.every((z) => {
      const r = hj.get(z.id);
      return (
        r &&
        (z.unterdrueckteFelder.includes('hilfenImJahr') || z.hilfenImJahr === Number(r.hilfen)) &&
        (z.unterdrueckteFelder.includes('aufnahmen') || z.aufnahmen === Number(r.aufnahmen)) &&
        (z.unterdrueckteFelder.includes('entlassungen') || z.entlassungen === Number(r.entlassungen)) &&
        (z.unterdrueckteFelder.includes('beschwerden') || z.beschwerden === Number(r.beschwerden)) &&
        (z.unterdrueckteFelder.includes('verweildauerTage.median') ||
          z.verweildauerTage.median === (r.median === null ? null : Number(r.median))) &&
        Math.abs(z.stunden - Number(r.minuten ?? 0) / 60) < 0.01
      );
    });

  // What every read pays besides its statements: the context (role and settings) in the same message.
  const leer = await zeit(() =>
    app.lies(
      { organisationId: gross.id, benutzerId: gross.leitungId, rolle: 'leitung', organisationArt: 'traeger' },
      [sql`select 1`],
    ),
  );
  console.log(`Lesenachricht mit Kontext und select 1 (Median): ${ms(quantil(leer, 0.5))}`);
  const zeilen: [string, [number[], number[]], boolean][] = [
    [
      `Kennzahlen eines Trägers (${GROSS} Hilfen), Jahr ${JAHR}`,
      await paarweise(unser.jahr, () => handTraeger(von, bis)),
      abweichungJahr.length === 0,
    ],
    [
      `Kennzahlen eines Trägers (${GROSS} Hilfen), Monat ${monat} (Übersicht)`,
      await paarweise(unser.monat, () => handTraeger(mz.von, mz.bis)),
      abweichungMonat.length === 0,
    ],
    [
      `Jugendamt über ${j.traeger.length} Träger`,
      await paarweise(unser.jugendamt, handJugendamt, 10),
      gleichJ,
    ],
  ];
  console.log(
    '\n| Kennzahl | unser Code (Median) | Hand-SQL (Median) | Verhältnis | Ziel ≤ 1,3× | gleiches Ergebnis |',
  );
  console.log('|---|---:|---:|---:|---|---|');
  for (const [titel, [u, h], gleich] of zeilen) {
    const v = quantil(u, 0.5) / quantil(h, 0.5);
    if (v > 1.3) verfehlt.push(`${titel}: ${v.toFixed(2)}× > 1,3×`);
    if (!gleich) verfehlt.push(`${titel}: anderes Ergebnis als Hand-SQL`);
    console.log(
      `| ${titel} | ${ms(quantil(u, 0.5))} | ${ms(quantil(h, 0.5))} | ${v.toFixed(2)}× | ${v <= 1.3 ? 'ja' : 'nein'} | ${gleich ? 'ja' : 'NEIN'} |`,
    );
  }

  // BENCH_PLAENE=1: the plans of the hand-written statements (ours run the same shapes under RLS).
  if (process.env.BENCH_PLAENE) {
    for (const text of [handTraegerText(von, bis), handJugendamtText]) {
      for (const anweisung of text.split(/;\s*\n/)) {
        const { rows } = await roh.query(`EXPLAIN (ANALYZE, BUFFERS) ${anweisung}`);
        console.log(`\n${anweisung.trim().split('\n')[0]} …\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
      }
    }
  }

  // Over HTTP, as the browser asks.
  const leitung = await anmelden(server.url, gross.leitung, PASSWORT);
  const controlling = await anmelden(server.url, ja.controlling, PASSWORT);
  const hole = (s: { cookie: string }, pfad: string) => async () => {
    const r = await fetch(`${server.url}${pfad}`, { headers: { cookie: s.cookie } });
    if (!r.ok) throw new Error(`${pfad}: ${r.status} ${await r.text()}`);
    await r.arrayBuffer();
  };
  const start = await zeit(hole(leitung, `/api/kennzahlen?jahr=${JAHR}`));
  // The Übersicht page loads both at once.
  const uebersicht = await zeit(() =>
    Promise.all([hole(leitung, `/api/kennzahlen?zeitraum=${monat}`)(), hole(leitung, '/api/fristen/team')()]),
  );
  const amt = await zeit(hole(controlling, `/api/kennzahlen/traeger?jahr=${JAHR}`), 10);
  console.log('\n| HTTP | p50 | p95 | Ziel | erreicht |');
  console.log('|---|---:|---:|---:|---|');
  for (const [titel, t, ziel] of [
    [`GET /api/kennzahlen?jahr=${JAHR} (Träger mit ${GROSS} Hilfen)`, start, 300],
    [
      `Übersicht der Leitung: GET /api/kennzahlen?zeitraum=${monat} und /api/fristen/team zugleich`,
      uebersicht,
      300,
    ],
    ['GET /api/kennzahlen/traeger (alle Träger des Jugendamts)', amt, 2000],
  ] as const) {
    const p95 = quantil([...t], 0.95);
    if (p95 >= ziel) verfehlt.push(`${titel}: p95 ${ms(p95)} ≥ ${ziel} ms`);
    console.log(
      `| ${titel} | ${ms(quantil([...t], 0.5))} | ${ms(p95)} | < ${ziel} ms | ${p95 < ziel ? 'ja' : 'nein'} |`,
    );
  }
  const rss = readFileSync(`/proc/${server.kind.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1];
  console.log(
    `\nSpeicher des Servers (RSS von hilfewerk serve): ${rss ? Math.round(Number(rss) / 1024) : '?'} MiB`,
  );
  await roh.end();
  await app.close();
  if (verfehlt.length) {
    console.error(`\nVERFEHLT:\n${verfehlt.map((v) => `- ${v}`).join('\n')}`);
    process.exitCode = 1;
  } else console.log('\nAlle Ziele erreicht.');
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  await server.stop();
  await db.aufraeumen();
}
