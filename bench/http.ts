// Benchmark: GET /api/faelle (first page of 50 out of 10,000 cases, logged in as Leitung) on
// PostgreSQL, beside a bare Fastify route that runs the same SQL without authentication, access
// checks, row-level security, transaction and audit — both measured in the same run, against the
// same database. The application runs as `hilfewerk serve` in its own process and the bare route
// in another, so neither shares an event loop with the load generator (autocannon, this process).
//
// Run: node --import tsx bench/http.ts
//   DATABASE_URL=postgres://…   use this server (a database hw_bench_<random> is created and dropped);
//                               without it a temporary embedded PostgreSQL is started, as npm start runs it
//   BENCH_SEKUNDEN=10           duration of each measurement
// Targets at 10 connections: throughput ≥ 0.7 × the bare route, p99 < 20 ms. Also reported: the same at
// 100 connections, and the memory (PSS) of Hilfewerk and its database after the demo and 10,000 requests.
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import pg from 'pg';
import {
  anmelden,
  benchDatenbank,
  gedruckteAdresse,
  messe,
  type Prozess,
  SEKUNDEN,
  speicherMiB,
  starteHilfewerk,
  starteProzess,
  tabelle,
} from './lib/umgebung.ts';

const FAELLE = 10_000;
const VERBINDUNGEN = 100;

// The SQL that listFaelle sends for a Leitung without filters (packages/server/src/use-cases/
// faelle/list-faelle.ts): the page with the newest Hilfe of each case in one statement, and the
// total, which the application counts at most every 5 s per user (zaehlungen.ts) — the bare route
// does the same, so both send the same statements at the same rate.
const SEITE = `select s.id, s.aktenzeichen, s.bezeichnung, s.status, s.version,
    n.leistung, n.variante, n.beginn, n.jugendamt_id,
    (select o.name from organisation o where o.id = n.jugendamt_id) as jugendamt_name
  from (select fall.id, fall.aktenzeichen, fall.bezeichnung, fall.status, fall.version
    from fall where fall.organisation_id = $1
    order by fall.aktenzeichen limit $2 offset $3) s
  left join lateral (select h.leistung, h.variante, h.beginn, h.jugendamt_id from hilfe h
    where h.fall_id = s.id order by h.beginn desc, h.id desc limit 1) n on true
  order by s.aktenzeichen`;
const ZAEHLUNG = 'select count(*)::int as n from fall where fall.organisation_id = $1';
const ZAEHLUNG_MS = 5_000;

/** The bare route, in its own process: `bench/http.ts --nackt` with BENCH_DB and BENCH_ORG. */
async function nackteRoute() {
  pg.types.setTypeParser(1082, (v) => v); // dates as 'YYYY-MM-DD', like the application
  const pool = new pg.Pool({ connectionString: process.env.BENCH_DB, max: 20, options: '-c jit=off' });
  const org = process.env.BENCH_ORG;
  let zahl: { n: Promise<number>; bis: number } | undefined;
  const app = Fastify();
  app.get('/faelle', async (_req, reply) => {
    if (!zahl || zahl.bis < Date.now()) {
      zahl = {
        n: pool.query({ name: 'zaehlung', text: ZAEHLUNG, values: [org] }).then((r) => r.rows[0].n),
        bis: Date.now() + ZAEHLUNG_MS,
      };
    }
    const [seite, n] = await Promise.all([
      pool.query({ name: 'seite', text: SEITE, values: [org, 50, 0] }),
      zahl.n,
    ]);
    reply.header('x-gesamtzahl', String(n));
    return seite.rows.map((z) => ({
      id: z.id,
      aktenzeichen: z.aktenzeichen,
      bezeichnung: z.bezeichnung,
      leistung: z.leistung,
      variante: z.variante,
      jugendamt: z.jugendamt_id ? { id: z.jugendamt_id, name: z.jugendamt_name } : null,
      status: z.status,
      beginn: z.beginn,
      version: z.version,
    }));
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`${url}\n`);
  process.once('SIGTERM', () => {
    app.close().then(() => pool.end());
  });
}

async function main() {
  const datenbank = await benchDatenbank();
  const prozesse: Prozess[] = [];
  const pool = new pg.Pool({ connectionString: datenbank.url, max: 2 });
  try {
    const server = await starteHilfewerk(datenbank.url);
    prozesse.push(server);

    // 10,000 cases in KIJU Wuppertal, each with a Hilfe and a person.
    const [{ id: org }] = (await pool.query("select id from organisation where name = 'KIJU Wuppertal'"))
      .rows;
    const [{ id: ja }] = (await pool.query("select id from organisation where name = 'Jugendamt Wuppertal'"))
      .rows;
    await pool.query(
      `insert into fall (organisation_id, aktenzeichen, bezeichnung)
         select $1, 'BENCH-' || lpad(i::text, 5, '0'), 'Benchmarkfall ' || i from generate_series(1, ${FAELLE}) i`,
      [org],
    );
    await pool.query(
      `insert into hilfe (organisation_id, fall_id, leistung, variante, rechtsgrundlage, jugendamt_id, beginn)
         select organisation_id, id, 'kiju-nachbetreuung', 'eigene-wohnung', '§ 41 SGB VIII', $1,
                date '2026-01-01' + (random() * 300)::int
         from fall where aktenzeichen like 'BENCH-%'`,
      [ja],
    );
    await pool.query(
      `insert into person (organisation_id, fall_id, rolle, vorname, nachname)
         select organisation_id, id, 'junger_mensch', 'Vorname' || aktenzeichen, 'Nachname'
         from fall where aktenzeichen like 'BENCH-%'`,
    );
    await pool.query('analyze');

    const bare = await starteProzess(
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--nackt'],
      { BENCH_DB: datenbank.url, BENCH_ORG: org },
      gedruckteAdresse,
    );
    prozesse.push(bare);

    const { cookie } = await anmelden(server.url, 'leitung@kiju.demo');
    const probe = await fetch(`${server.url}/api/faelle`, { headers: { cookie } });
    const gesamt = probe.headers.get('x-gesamtzahl');
    const probeNackt = await fetch(`${bare.url}/faelle`);
    if (probe.status !== 200 || Number(gesamt) < FAELLE || probeNackt.status !== 200)
      throw new Error(`Probe: ${probe.status}, ${gesamt} Fälle; nackte Route ${probeNackt.status}`);
    const erste = (await probe.json())[0];
    const ersteNackt = (await probeNackt.json())[0];
    if (JSON.stringify(erste) !== JSON.stringify(ersteNackt))
      throw new Error(
        `Die Routen antworten verschieden:\n${JSON.stringify(erste)}\n${JSON.stringify(ersteNackt)}`,
      );

    const seite = { url: `${server.url}/api/faelle`, headers: { cookie } };
    const ohne10 = await messe('nackte Route (gleiches SQL)', { url: `${bare.url}/faelle`, connections: 10 });
    const mit10 = await messe('GET /api/faelle', { ...seite, connections: 10 });
    const ohne = await messe('nackte Route (gleiches SQL)', {
      url: `${bare.url}/faelle`,
      connections: VERBINDUNGEN,
    });
    const mit = await messe('GET /api/faelle', { ...seite, connections: VERBINDUNGEN });

    console.log(
      `\n${tabelle(`GET /api/faelle, erste Seite (50) von ${gesamt} Fällen, PostgreSQL, ${SEKUNDEN} s je Messung`, [ohne10, mit10, ohne, mit])}`,
    );
    const verhaeltnis = mit10.reqS / ohne10.reqS;
    console.log(
      `\nBei 10 Verbindungen: Durchsatz ${verhaeltnis.toFixed(2)} × nackte Route (Ziel ≥ 0,7): ${verhaeltnis >= 0.7 ? 'erreicht' : 'verfehlt'}; ` +
        `p99 ${mit10.p99} ms (Ziel < 20 ms): ${mit10.p99 < 20 ? 'erreicht' : 'verfehlt'}; nackte Route p99 ${ohne10.p99} ms. ` +
        `Bei ${VERBINDUNGEN} Verbindungen: ${(mit.reqS / ohne.reqS).toFixed(2)} ×, p99 ${mit.p99} ms.`,
    );
    const anfragen = mit10.erfolgreich + mit.erfolgreich;
    const hilfewerk = server.kind.pid ? speicherMiB(server.kind.pid) : Number.NaN;
    const datenbankMiB = datenbank.pid ? speicherMiB(datenbank.pid) : Number.NaN;
    console.log(
      `\nSpeicher nach Demodaten, ${FAELLE} Fällen und ${anfragen} Anfragen (PSS): Hilfewerk ${hilfewerk.toFixed(0)} MiB, ` +
        `Datenbank ${datenbank.pid ? `${datenbankMiB.toFixed(0)} MiB` : 'nicht gemessen (DATABASE_URL)'}, ` +
        `zusammen ${(hilfewerk + (datenbank.pid ? datenbankMiB : 0)).toFixed(0)} MiB`,
    );
  } finally {
    for (const p of prozesse.reverse()) await p.stop();
    await pool.end();
    await datenbank.aufraeumen();
  }
}

if (process.argv.includes('--nackt')) await nackteRoute();
else await main();
