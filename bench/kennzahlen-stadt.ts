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
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Kontext } from '../packages/server/src/access/kontext.ts';
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
  await kopiere(
    client,
    'organisation',
    ['id', 'art', 'name', 'bundesland'],
    [
      ...stadt.jugendaemter.map((j) => `${j.id}\tjugendamt\t${j.name}\tHB`),
      ...stadt.traeger.map((t, i) => `${t.id}\ttraeger\tStadtträger ${String(i + 1).padStart(2, '0')}\tHB`),
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
    ],
    stadt.hilfen.map(
      (h, i) =>
        `${h.id}\t${h.org}\t${faelle[i]}\tbremerhaven-ambulant\tp31\t§ 31 SGB VIII\t${stadt.jugendaemter[i % JUGENDAEMTER].id}\t${iso(h.beginn)}\t${h.ende === null ? '\\N' : iso(h.ende)}`,
    ),
  );
  const fkVon = new Map(stadt.traeger.map((t) => [t.id, t.fachkraft]));
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
  await client.query('ANALYZE');
  const { rows: z } = await client.query('SELECT count(*)::int AS n FROM leistungseintrag');
  console.log(`Stundeneinträge geladen: ${z[0].n} in ${((performance.now() - vorher) / 1000).toFixed(1)} s`);
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

  // Hand-written SQL of the same results, as the owner (no role switch, no RLS, no TypeScript).
  // Three statements in one message (ids are generated uuids, dates fixed: no parameters needed).
  const handTraeger = async () =>
    (await roh.query(
      `SELECT count(*) FILTER (WHERE beginn BETWEEN '${von}' AND '${bis}') AS aufnahmen,
              count(*) FILTER (WHERE tatsaechliches_ende BETWEEN '${von}' AND '${bis}') AS entlassungen,
              round(avg(tatsaechliches_ende - beginn + 1) FILTER (WHERE tatsaechliches_ende BETWEEN '${von}' AND '${bis}'), 1) AS mittel,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY tatsaechliches_ende - beginn + 1)
                FILTER (WHERE tatsaechliches_ende BETWEEN '${von}' AND '${bis}') AS median
       FROM hilfe WHERE organisation_id = '${gross.id}';
       SELECT o.name, count(*) FROM hilfe h JOIN organisation o ON o.id = h.jugendamt_id
       WHERE h.organisation_id = '${gross.id}' AND h.beginn <= '${bis}'
         AND (h.tatsaechliches_ende IS NULL OR h.tatsaechliches_ende >= '${von}') GROUP BY o.name;
       SELECT count(*) FROM beschwerde WHERE organisation_id = '${gross.id}' AND eingegangen_am BETWEEN '${von}' AND '${bis}'`,
    )) as unknown as pg.QueryResult[];
  const handJugendamt = () =>
    roh.query(
      `WITH h AS (SELECT organisation_id, id, beginn, tatsaechliches_ende AS ende FROM hilfe
                  WHERE jugendamt_id = $1 AND beginn <= $3 AND (tatsaechliches_ende IS NULL OR tatsaechliches_ende >= $2)),
            e AS (SELECT l.organisation_id, sum(l.minuten) AS m FROM leistungseintrag l
                  JOIN h ON h.organisation_id = l.organisation_id AND h.id = l.hilfe_id
                  WHERE l.gruppenangebot IS NULL AND l.datum BETWEEN $2 AND $3 GROUP BY 1)
       SELECT h.organisation_id, count(*) AS hilfen,
              count(*) FILTER (WHERE h.beginn >= $2) AS aufnahmen,
              count(*) FILTER (WHERE h.ende <= $3) AS entlassungen,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY h.ende - h.beginn + 1) FILTER (WHERE h.ende <= $3) AS median,
              max(e.m) AS minuten
       FROM h LEFT JOIN e ON e.organisation_id = h.organisation_id GROUP BY h.organisation_id`,
      [ja.id, von, bis],
    );
  const unser = {
    traeger: () => getKennzahlen(kontext(gross.id, 'traeger', gross.leitungId, 'leitung'), { jahr: JAHR }),
    jugendamt: () =>
      getKennzahlenTraeger(kontext(ja.id, 'jugendamt', ja.controllingId, 'fachcontrolling'), JAHR),
  };

  // Same results?
  const [a, b] = [await unser.traeger(), (await handTraeger())[0].rows[0]];
  const gleichT =
    a.aufnahmen === Number(b.aufnahmen) &&
    a.entlassungen === Number(b.entlassungen) &&
    a.verweildauerTage.median === (b.median === null ? null : Number(b.median));
  const j = await unser.jugendamt();
  const hj = new Map((await handJugendamt()).rows.map((r) => [r.organisation_id as string, r]));
  const gleichJ =
    j.traeger.length === hj.size &&
    j.traeger.every((z) => {
      const r = hj.get(z.id);
      return (
        r &&
        (z.unterdrueckteFelder.includes('hilfenImJahr') || z.hilfenImJahr === Number(r.hilfen)) &&
        (z.unterdrueckteFelder.includes('aufnahmen') || z.aufnahmen === Number(r.aufnahmen)) &&
        Math.abs(z.stunden - Number(r.minuten ?? 0) / 60) < 0.01
      );
    });

  // What every use case pays before its first query: pool, BEGIN, role and context settings, COMMIT.
  const leer = await zeit(() =>
    app.withTx(
      { organisationId: gross.id, benutzerId: gross.leitungId, rolle: 'leitung', organisationArt: 'traeger' },
      async () => null,
    ),
  );
  console.log(`Leere Transaktion mit Kontext (Median): ${ms(quantil(leer, 0.5))}`);
  const zeilen: [string, number[], number[], boolean][] = [
    [
      `Kennzahlen eines Trägers (${GROSS} Hilfen)`,
      await zeit(unser.traeger),
      await zeit(handTraeger),
      gleichT,
    ],
    [
      `Jugendamt über ${j.traeger.length} Träger`,
      await zeit(unser.jugendamt, 10),
      await zeit(handJugendamt, 10),
      gleichJ,
    ],
  ];
  console.log(
    '\n| Kennzahl | unser Code (Median) | Hand-SQL (Median) | Verhältnis | Ziel ≤ 1,3× | gleiches Ergebnis |',
  );
  console.log('|---|---:|---:|---:|---|---|');
  for (const [titel, u, h, gleich] of zeilen) {
    const v = quantil(u, 0.5) / quantil(h, 0.5);
    console.log(
      `| ${titel} | ${ms(quantil(u, 0.5))} | ${ms(quantil(h, 0.5))} | ${v.toFixed(2)}× | ${v <= 1.3 ? 'ja' : 'nein'} | ${gleich ? 'ja' : 'NEIN'} |`,
    );
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
  const amt = await zeit(hole(controlling, `/api/kennzahlen/traeger?jahr=${JAHR}`), 10);
  console.log('\n| HTTP | p50 | p95 | Ziel | erreicht |');
  console.log('|---|---:|---:|---:|---|');
  console.log(
    `| GET /api/kennzahlen (Träger mit ${GROSS} Hilfen) | ${ms(quantil(start, 0.5))} | ${ms(quantil(start, 0.95))} | < 300 ms | ${quantil(start, 0.95) < 300 ? 'ja' : 'nein'} |`,
  );
  console.log(
    `| GET /api/kennzahlen/traeger (alle Träger des Jugendamts) | ${ms(quantil(amt, 0.5))} | ${ms(quantil(amt, 0.95))} | < 2 s | ${quantil(amt, 0.95) < 2000 ? 'ja' : 'nein'} |`,
  );
  const rss = readFileSync(`/proc/${server.kind.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1];
  console.log(
    `\nSpeicher des Servers (RSS von hilfewerk serve): ${rss ? Math.round(Number(rss) / 1024) : '?'} MiB`,
  );
  await roh.end();
  await app.close();
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  await server.stop();
  await db.aufraeumen();
}
