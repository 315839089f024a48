// What the HTTP benchmarks share: a PostgreSQL database of their own (a temporary embedded
// PostgreSQL, or a fresh database on DATABASE_URL), free ports, child processes that announce their
// address, `hilfewerk serve` as users start it, a login, and an autocannon measurement with warm-up.
// Lives in bench/lib/ so that bench/run.ts (top-level files only) does not run it as a benchmark.
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { starteEingebettet } from '@hilfewerk/db';
import autocannon, { type Optionen } from 'autocannon';
import pg from 'pg';

/** The CLI entry, started as `node hilfewerk.mjs serve`. */
export const CLI = fileURLToPath(new URL('../../packages/cli/bin/hilfewerk.mjs', import.meta.url));
/** Duration of each measurement in seconds (BENCH_SEKUNDEN). @default 10 */
export const SEKUNDEN = Number(process.env.BENCH_SEKUNDEN ?? 10);

export function freierPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * The embedded PostgreSQL, as `npm start` runs it (fsync on), in a temporary folder whose parent
 * the database's account can pass through.
 */
async function temporaererCluster(): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const eltern = mkdtempSync(join(tmpdir(), 'hilfewerk-bench-'));
  chmodSync(eltern, 0o755);
  const server = await starteEingebettet(join(eltern, 'daten'));
  return {
    url: server.url(),
    pid: server.pid,
    stop: async () => {
      await server.stop();
      rmSync(eltern, { recursive: true, force: true });
    },
  };
}

/**
 * An empty database `hw_bench_<random>` on DATABASE_URL, or without it on a temporary embedded
 * PostgreSQL. `aufraeumen` drops the database (and stops the server). `pid`: the embedded
 * server's postmaster, for memory readings.
 */
export async function benchDatenbank(): Promise<{
  url: string;
  pid?: number;
  aufraeumen: () => Promise<void>;
}> {
  const cluster = process.env.DATABASE_URL ? undefined : await temporaererCluster();
  const basisUrl = process.env.DATABASE_URL ?? cluster?.url ?? '';
  const name = `hw_bench_${Date.now().toString(36)}`;
  const verwaltung = new pg.Client({ connectionString: basisUrl });
  await verwaltung.connect();
  await verwaltung.query(`CREATE DATABASE ${name}`);
  const url = new URL(basisUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    pid: cluster?.pid,
    aufraeumen: async () => {
      await verwaltung.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await verwaltung.end();
      await cluster?.stop();
    },
  };
}

export interface Prozess {
  url: string;
  kind: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts a child process and waits until it prints its address (or the health check answers). */
export async function starteProzess(
  args: string[],
  env: Record<string, string>,
  adresse: (ausgabe: string) => Promise<string | undefined>,
): Promise<Prozess> {
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

/**
 * The application exactly as users start it: `hilfewerk serve` (migrations and demo data on an
 * empty database). With BENCH_PROFIL=<folder> it writes a V8 CPU profile there when it stops.
 */
export async function starteHilfewerk(databaseUrl: string): Promise<Prozess> {
  const port = await freierPort();
  const profil = process.env.BENCH_PROFIL ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFIL}`] : [];
  return starteProzess(
    [...profil, CLI, 'serve'],
    { PORT: String(port), DATABASE_URL: databaseUrl, HILFEWERK_DEMO: '1' },
    async () => {
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      return ok ? `http://127.0.0.1:${port}` : undefined;
    },
  );
}

/** The bare route's process announces its address as the only line `http://…` on stdout. */
export const gedruckteAdresse = async (ausgabe: string) => ausgabe.match(/^(http:\S+)$/m)?.[1];

export interface Sitzung {
  cookie: string;
  csrfToken: string;
}

/** Logs in through the API; the server allows 30 logins per minute and address. */
export async function anmelden(url: string, email: string, passwort = 'hilfewerk-demo'): Promise<Sitzung> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, passwort }),
  });
  if (!res.ok) throw new Error(`Anmeldung ${email}: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], csrfToken };
}

export interface Messung {
  titel: string;
  verbindungen: number;
  reqS: number;
  p50: number;
  p99: number;
  /** Responses with status 2xx, warm-up included (what a writing benchmark stored). */
  erfolgreich: number;
}

/** 2 s warm-up, then SEKUNDEN s measured; any non-2xx answer or error fails the benchmark. */
export async function messe(titel: string, opt: Optionen & { connections: number }): Promise<Messung> {
  const aufwaermen = await autocannon({ ...opt, duration: 2 });
  const r = await autocannon({ ...opt, duration: SEKUNDEN });
  for (const x of [aufwaermen, r]) {
    if (x.non2xx > 0 || x.errors > 0) throw new Error(`${titel}: ${x.non2xx} Nicht-2xx, ${x.errors} Fehler`);
  }
  return {
    titel,
    verbindungen: opt.connections,
    reqS: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    erfolgreich: aufwaermen['2xx'] + r['2xx'],
  };
}

/** The results table the HTTP benchmarks print, one row per measurement. */
export function tabelle(titel: string, messungen: Messung[]): string {
  const zeile = (m: Messung) =>
    `| ${m.titel.padEnd(28)} | ${String(m.verbindungen).padStart(11)} | ${m.reqS.toFixed(0).padStart(7)} | ${String(m.p50).padStart(6)} | ${String(m.p99).padStart(6)} |`;
  return [
    titel,
    '| Messung                      | Verbindungen |   Anf/s | p50 ms | p99 ms |',
    '|------------------------------|------------:|--------:|-------:|-------:|',
    ...messungen.map(zeile),
  ].join('\n');
}

/**
 * Memory a process and its children hold, in MiB: the sum of their proportional set sizes (PSS),
 * so PostgreSQL's shared buffers are counted once, not once per backend.
 */
export function speicherMiB(pid: number): number {
  const kinder = (p: number): number[] => {
    try {
      return readFileSync(`/proc/${p}/task/${p}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  };
  let kb = 0;
  const offen = [pid];
  while (offen.length > 0) {
    const p = offen.pop() as number;
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'));
      kb += Number(m?.[1] ?? 0);
    } catch {
      // The process ended meanwhile.
    }
    offen.push(...kinder(p));
  }
  return kb / 1024;
}
