import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fuerAndereLesbar, prozessLaeuft, starteEingebettet } from '@hilfewerk/db';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { datenbankProzess, datenbankUrl, meldeAn, starteServe } from '../test/serve-prozess.ts';

const wurzel = fileURLToPath(new URL('../../../../', import.meta.url));
const ordner: string[] = [];
const neuerOrdner = () => {
  const o = mkdtempSync(join(tmpdir(), 'hilfewerk-serve-'));
  // As an ordinary parent folder is: the database's account (postgres, when the tests run as root) must pass through.
  chmodSync(o, 0o755);
  ordner.push(o);
  return o;
};
afterAll(() => {
  for (const o of ordner) rmSync(o, { recursive: true, force: true });
});

function serveSync(env: Record<string, string>) {
  return spawnSync('node', ['packages/cli/bin/hilfewerk.mjs', 'serve'], {
    cwd: wurzel,
    encoding: 'utf8',
    env: { ...process.env, HILFEWERK_HEUTE: '', PORT: '0', ...env },
    timeout: 60_000,
  });
}

async function frage(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

async function warteBis(bedingung: () => boolean, ms = 30_000): Promise<void> {
  const ende = Date.now() + ms;
  while (!bedingung()) {
    if (Date.now() > ende) throw new Error('Zeit abgelaufen');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('hilfewerk serve', () => {
  it('startet nicht mit festem Stichtag (HILFEWERK_HEUTE): Exit 2, Meldung, nichts angelegt', () => {
    const daten = neuerOrdner();
    const r = serveSync({ HILFEWERK_HEUTE: '2026-11-25', HILFEWERK_DATA: daten });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/HILFEWERK_HEUTE ist gesetzt.*nur für die automatischen Tests/);
    expect(readdirSync(daten)).toEqual([]);
  });

  it('startet nicht mit halb eingerichtetem Single Sign-on: Exit 2, deutsche Meldung mit den fehlenden Variablen', () => {
    const daten = neuerOrdner();
    const r = serveSync({
      HILFEWERK_DATA: daten,
      HILFEWERK_OIDC_ISSUER: 'https://login.example.de/realms/jugendhilfe',
      HILFEWERK_OIDC_CLIENT_ID: 'hilfewerk',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /Single Sign-on ist nur halb eingerichtet: es fehlt HILFEWERK_OIDC_CLIENT_SECRET, HILFEWERK_OIDC_ORGANISATIONEN/,
    );
    expect(readdirSync(daten)).toEqual([]);
  });

  it('betreibt ein eigenes PostgreSQL: Ordner 0700, nichts für andere lesbar, nur 127.0.0.1, fsync an; Absturz erkannt, verwaister Server übernommen, sauber beendet', async () => {
    const daten = join(neuerOrdner(), 'daten');
    const env = { HILFEWERK_DATA: daten, HILFEWERK_DEMO: '1' };

    // Cold start with demo data.
    let s = await starteServe(env);
    expect(s.url).toMatch(/^http:\/\/(127\.0\.0\.1|localhost):\d+$/);
    expect(s.stdout()).toMatch(/eingebettetes PostgreSQL/);
    expect(await (await fetch(`${s.url}/api/health`)).json()).toEqual({
      status: 'ok',
      datenbank: 'postgres',
      eingebettet: true,
      demo: true,
    });
    expect(statSync(daten).mode & 0o777).toBe(0o700);
    expect(statSync(join(daten, 'zugang.json')).mode & 0o777).toBe(0o600);
    expect(await fuerAndereLesbar(daten)).toEqual([]);
    const db = datenbankUrl(daten);
    const [e] = await frage(
      db,
      "select current_setting('listen_addresses') as l, current_setting('fsync') as f, current_setting('synchronous_commit') as c, current_setting('full_page_writes') as w, current_setting('unix_socket_directories') as u",
    );
    expect(e).toEqual({ l: '127.0.0.1', f: 'on', c: 'on', w: 'on', u: '' });
    await meldeAn(s.url, 'leitung@kiju.demo');

    // A second Hilfewerk on the same folder is refused.
    const zweiter = serveSync({ HILFEWERK_DATA: daten });
    expect(zweiter.status).toBe(1);
    expect(zweiter.stderr).toMatch(/wird bereits von einem laufenden Hilfewerk verwendet/);

    // kill -9 of Hilfewerk leaves its database child running; the next start stops and takes it over.
    const waise = datenbankProzess(daten).pid;
    s.prozess.kill('SIGKILL');
    await s.ende;
    expect(prozessLaeuft(waise)).toBe(true);
    s = await starteServe(env);
    expect(prozessLaeuft(waise)).toBe(false);
    expect(s.stdout()).toMatch(/Demodaten sind vorhanden/);
    await meldeAn(s.url, 'leitung@kiju.demo');

    // The database child dies: Hilfewerk says so and ends, no half-running server.
    process.kill(datenbankProzess(daten).pid, 'SIGKILL');
    expect(await s.ende).toBe(1);
    expect(s.stderr()).toMatch(/eingebettete Datenbank wurde unerwartet beendet/);
    await expect(fetch(`${s.url}/api/health`)).rejects.toThrow();

    // SIGTERM stops both cleanly.
    s = await starteServe(env);
    const pid = datenbankProzess(daten).pid;
    s.prozess.kill('SIGTERM');
    expect(await s.ende).toBe(0);
    await warteBis(() => !prozessLaeuft(pid));
    expect(await fuerAndereLesbar(daten)).toEqual([]);
  }, 180_000);

  it('lädt die Demodaten nur mit HILFEWERK_DEMO=1', async () => {
    const daten = neuerOrdner();
    const s = await starteServe({ HILFEWERK_DATA: daten, HILFEWERK_DEMO: '' });
    try {
      expect(await (await fetch(`${s.url}/api/health`)).json()).toMatchObject({ demo: false });
      const res = await fetch(`${s.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'leitung@kiju.demo', passwort: 'hilfewerk-demo' }),
      });
      expect(res.status).toBe(401);
      expect(s.stdout()).not.toMatch(/Demo-Zugänge/);
    } finally {
      s.prozess.kill('SIGTERM');
      await s.ende;
    }
  }, 120_000);

  it('weist einen Datenordner der früheren PGlite-Datenbank mit Anleitung ab (Exit 2, nichts verändert)', () => {
    const daten = neuerOrdner();
    writeFileSync(join(daten, 'PG_VERSION'), '17\n');
    mkdirSync(join(daten, 'base'));
    const r = serveSync({ HILFEWERK_DATA: daten, HILFEWERK_DEMO: '1' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/früheren Hilfewerk-Version \(eingebettete Datenbank PGlite\)/);
    expect(r.stderr).toMatch(/docs\/betrieb\.md/);
    expect(readdirSync(daten).sort()).toEqual(['PG_VERSION', 'base']);
  });

  it('verweigert einen Datenbankserver, der ohne fsync bestätigt', async () => {
    const server = await starteEingebettet(neuerOrdner(), { fsync: false });
    try {
      const r = serveSync({ DATABASE_URL: server.url(), HILFEWERK_DEMO: '1' });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/fsync = off/);
      expect(r.stdout).toBe('');
      const tabellen = await frage(
        server.url(),
        "select count(*)::int as n from pg_tables where schemaname = 'public'",
      );
      expect(tabellen[0].n).toBe(0);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
