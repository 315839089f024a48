// Benchmark: GET /api/faelle (first page of 50 out of 10,000 cases, logged in as Leitung) on
// PostgreSQL, beside a bare Fastify route that runs the same SQL without authentication, access
// checks, row-level security, transaction and audit — both measured in the same run, against the
// same database. The application runs as `hilfewerk serve` in its own process and the bare route
// in another, so neither shares an event loop with the load generator (autocannon, this process).
//
// Run: node --import tsx bench/http.ts
//   DATABASE_URL=postgres://…   use this server (a database hw_bench_<random> is created and dropped);
//                               without it a temporary PostgreSQL 15 cluster is started in /tmp
//   BENCH_SEKUNDEN=10           duration of each measurement
// Targets (issue 2): p99 < 50 ms at 100 connections; throughput ≥ 0.6 × the bare route.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';

const FAELLE = 10_000;
const VERBINDUNGEN = 100;
const CLI = fileURLToPath(new URL('../packages/cli/bin/hilfewerk.mjs', import.meta.url));
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

/** Starts a child process and waits until it prints its address (or the health check answers). */
async function starteProzess(
  args: string[],
  env: Record<string, string>,
  adresse: (ausgabe: string) => Promise<string | undefined>,
): Promise<{ url: string; kind: ChildProcess; stop: () => Promise<void> }> {
  const kind = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let ausgabe = '';
  kind.stdout?.on('data', (d) => {
    ausgabe += String(d);
  });
  const beendet = new Promise<void>((resolve) => kind.once('exit', () => resolve()));
  for (let i = 0; i < 1200; i++) {
    if (kind.exitCode !== null) throw new Error(`${args.join(' ')} endete mit ${kind.exitCode}:\n${ausgabe}`);
    const url = await adresse(ausgabe);
    if (url) {
      return {
        url,
        kind,
        stop: async () => {
          kind.kill('SIGTERM');
          await beendet;
        },
      };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  kind.kill('SIGKILL');
  throw new Error(`${args.join(' ')} meldet sich nicht:\n${ausgabe}`);
}

async function messe(
  titel: string,
  url: string,
  headers: Record<string, string> = {},
  verbindungen = VERBINDUNGEN,
) {
  await autocannon({ url, connections: verbindungen, duration: 2, headers }); // warm-up
  const r = await autocannon({ url, connections: verbindungen, duration: SEKUNDEN, headers });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${titel}: ${r.non2xx} Nicht-2xx, ${r.errors} Fehler`);
  return { titel, verbindungen, reqS: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
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

  const prozesse: { stop: () => Promise<void> }[] = [];
  const pool = new pg.Pool({ connectionString: dbUrl.toString(), max: 2 });
  try {
    // The application exactly as users start it: migrations and demo data on the empty database.
    const port = await freierPort();
    const server = await starteProzess(
      [CLI, 'serve'],
      { PORT: String(port), DATABASE_URL: dbUrl.toString() },
      async () => {
        const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
          (r) => r.ok,
          () => false,
        );
        return ok ? `http://127.0.0.1:${port}` : undefined;
      },
    );
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
      { BENCH_DB: dbUrl.toString(), BENCH_ORG: org },
      async (ausgabe) => ausgabe.match(/^(http:\S+)$/m)?.[1],
    );
    prozesse.push(bare);

    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'leitung@kiju.demo', passwort: 'hilfewerk-demo' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
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

    const ohne = await messe('nackte Route (gleiches SQL)', `${bare.url}/faelle`);
    const mit = await messe('GET /api/faelle', `${server.url}/api/faelle`, { cookie });
    const wenige = await messe('GET /api/faelle', `${server.url}/api/faelle`, { cookie }, 10);

    const zeile = (m: typeof ohne) =>
      `| ${m.titel.padEnd(28)} | ${String(m.verbindungen).padStart(11)} | ${m.reqS.toFixed(0).padStart(7)} | ${String(m.p50).padStart(6)} | ${String(m.p99).padStart(6)} |`;
    console.log(
      `\nGET /api/faelle, erste Seite (50) von ${gesamt} Fällen, PostgreSQL, ${SEKUNDEN} s je Messung`,
    );
    console.log('| Messung                      | Verbindungen |   Anf/s | p50 ms | p99 ms |');
    console.log('|------------------------------|------------:|--------:|-------:|-------:|');
    console.log(zeile(ohne));
    console.log(zeile(mit));
    console.log(zeile(wenige));
    const verhaeltnis = mit.reqS / ohne.reqS;
    console.log(
      `\nDurchsatz ${verhaeltnis.toFixed(2)} × nackte Route (Ziel ≥ 0,6): ${verhaeltnis >= 0.6 ? 'erreicht' : 'verfehlt'}; ` +
        `p99 ${mit.p99} ms bei ${VERBINDUNGEN} Verbindungen (Ziel < 50 ms): ${mit.p99 < 50 ? 'erreicht' : 'verfehlt'}; ` +
        `nackte Route p99 ${ohne.p99} ms`,
    );
  } finally {
    for (const p of prozesse.reverse()) await p.stop();
    await pool.end();
    await verwaltung.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await verwaltung.end();
    cluster?.stop();
  }
}

if (process.argv.includes('--nackt')) await nackteRoute();
else await main();
