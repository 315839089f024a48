// Benchmark: GET /api/faelle (first page of 50 out of 10,000 cases, logged in as Leitung) on
// PostgreSQL, beside a bare Fastify route that runs the same SQL without authentication, access
// checks, row-level security and audit — both measured in the same run, against the same database.
//
// Run: node --import tsx bench/http.ts
//   DATABASE_URL=postgres://…   use this server (a database hw_bench_<random> is created and dropped);
//                               without it a temporary PostgreSQL 15 cluster is started in /tmp
//   BENCH_SEKUNDEN=10           duration of each measurement
// Targets (issue 2): p99 < 50 ms at 100 connections; throughput ≥ 0.6 × the bare route.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import { startServer } from '../packages/server/src/index.ts';

const FAELLE = 10_000;
const VERBINDUNGEN = 100;
const SEKUNDEN = Number(process.env.BENCH_SEKUNDEN ?? 10);
const PGBIN = process.env.PGBIN ?? '/usr/lib/postgresql/15/bin';

function freierPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** initdb must run as the user postgres (DESIGN.md, pitfalls). */
function alsPostgres(befehl: string, args: string[]) {
  const istPostgres = spawnSync('id', ['-un']).stdout.toString().trim() === 'postgres';
  if (istPostgres) return execFileSync(befehl, args, { stdio: 'pipe' });
  const zeile = [befehl, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  return execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', zeile], { stdio: 'pipe' });
}

async function temporaererCluster(): Promise<{ url: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'hilfewerk-bench-'));
  execFileSync('chown', ['postgres', dir]);
  const port = await freierPort();
  alsPostgres(`${PGBIN}/initdb`, ['-D', `${dir}/data`, '-A', 'trust', '-U', 'postgres']);
  alsPostgres(`${PGBIN}/pg_ctl`, [
    '-D',
    `${dir}/data`,
    '-l',
    `${dir}/log`,
    '-w',
    '-o',
    `-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      alsPostgres(`${PGBIN}/pg_ctl`, ['-D', `${dir}/data`, '-m', 'fast', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// The SQL that listFaelle sends for a Leitung without filters: count, page, newest Hilfen.
const ZAEHLUNG = 'select count(*) from fall where fall.organisation_id = $1';
const SEITE = `select id, aktenzeichen, bezeichnung, status, version from fall
  where fall.organisation_id = $1 order by fall.aktenzeichen asc limit 50 offset 0`;
const NEUESTE = `select distinct on (hilfe.fall_id) hilfe.fall_id, hilfe.leistung, hilfe.variante, hilfe.beginn,
    organisation.id as ja_id, organisation.name as ja_name
  from hilfe left join organisation on organisation.id = hilfe.jugendamt_id
  where hilfe.fall_id = any($1) order by hilfe.fall_id, hilfe.beginn desc, hilfe.id desc`;

async function messe(titel: string, url: string, headers: Record<string, string> = {}) {
  await autocannon({ url, connections: VERBINDUNGEN, duration: 2, headers }); // warm-up
  const r = await autocannon({ url, connections: VERBINDUNGEN, duration: SEKUNDEN, headers });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${titel}: ${r.non2xx} Nicht-2xx, ${r.errors} Fehler`);
  return { titel, reqS: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

async function main() {
  const cluster = process.env.DATABASE_URL ? undefined : await temporaererCluster();
  const basisUrl = process.env.DATABASE_URL ?? cluster?.url ?? '';
  const name = `hw_bench_${Date.now().toString(36)}`;
  const verwaltung = new pg.Client({ connectionString: basisUrl });
  await verwaltung.connect();
  await verwaltung.query(`CREATE DATABASE ${name}`);
  const dbUrl = new URL(basisUrl);
  dbUrl.pathname = `/${name}`;

  const server = await startServer({ port: 0, host: '127.0.0.1', databaseUrl: dbUrl.toString(), demo: true });
  const bare = Fastify();
  // Same pool size and settings as the application's pool (packages/db/src/client.ts).
  const pool = new pg.Pool({ connectionString: dbUrl.toString(), max: 20, options: '-c jit=off' });
  try {
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

    bare.get('/faelle', async (_req, reply) => {
      const z = await pool.query(ZAEHLUNG, [org]);
      const seite = await pool.query(SEITE, [org]);
      const neueste = await pool.query(NEUESTE, [seite.rows.map((f) => f.id)]);
      const h = new Map(neueste.rows.map((r) => [r.fall_id, r]));
      reply.header('x-gesamtzahl', String(z.rows[0].count));
      return seite.rows.map((f) => ({ ...f, hilfe: h.get(f.id) ?? null }));
    });
    const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });

    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'leitung@kiju.demo', passwort: 'hilfewerk-demo' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const probe = await fetch(`${server.url}/api/faelle`, { headers: { cookie } });
    const gesamt = probe.headers.get('x-gesamtzahl');
    if (probe.status !== 200 || Number(gesamt) < FAELLE)
      throw new Error(`Probe: ${probe.status}, ${gesamt} Fälle`);

    const ohne = await messe('nackte Route (gleiches SQL)', `${bareUrl}/faelle`);
    const mit = await messe('GET /api/faelle', `${server.url}/api/faelle`, { cookie });

    const zeile = (m: typeof ohne) =>
      `| ${m.titel.padEnd(28)} | ${m.reqS.toFixed(0).padStart(7)} | ${String(m.p50).padStart(6)} | ${String(m.p99).padStart(6)} |`;
    console.log(
      `\nGET /api/faelle, erste Seite (50) von ${gesamt} Fällen, PostgreSQL, ${VERBINDUNGEN} Verbindungen, ${SEKUNDEN} s`,
    );
    console.log('| Messung                      |   Anf/s | p50 ms | p99 ms |');
    console.log('|------------------------------|--------:|-------:|-------:|');
    console.log(zeile(ohne));
    console.log(zeile(mit));
    const verhaeltnis = mit.reqS / ohne.reqS;
    console.log(
      `\nDurchsatz ${verhaeltnis.toFixed(2)} × nackte Route (Ziel ≥ 0,6): ${verhaeltnis >= 0.6 ? 'erreicht' : 'verfehlt'}; ` +
        `p99 ${mit.p99} ms (Ziel < 50 ms): ${mit.p99 < 50 ? 'erreicht' : 'verfehlt'}`,
    );
  } finally {
    await bare.close();
    await pool.end();
    await server.close();
    await verwaltung.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await verwaltung.end();
    cluster?.stop();
  }
}

await main();
