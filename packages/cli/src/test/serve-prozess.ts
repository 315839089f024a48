import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const wurzel = fileURLToPath(new URL('../../../../', import.meta.url));

export interface ServeProzess {
  prozess: ChildProcess;
  /** http://127.0.0.1:PORT once the server answers. */
  url: string;
  stdout(): string;
  stderr(): string;
  /** Settles with the exit code (or the signal's name) when the process has ended. */
  ende: Promise<number | string>;
}

/**
 * Runs `hilfewerk serve` as a real process (the command a user types) on its own data folder and
 * port, and resolves once it prints its address. Rejects with its output if it ends before that.
 */
export function starteServe(env: Record<string, string>, zeitMs = 60_000): Promise<ServeProzess> {
  const prozess = spawn(process.execPath, ['packages/cli/bin/hilfewerk.mjs', 'serve'], {
    cwd: wurzel,
    env: { ...process.env, HILFEWERK_HEUTE: '', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  prozess.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  prozess.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const ende = new Promise<number | string>((fertig) =>
    prozess.on('exit', (code, signal) => fertig(signal ?? code ?? -1)),
  );
  return new Promise((fertig, fehler) => {
    const zeit = setTimeout(() => {
      prozess.kill('SIGKILL');
      fehler(new Error(`hilfewerk serve ohne Adresse nach ${zeitMs} ms:\n${out}\n${err}`));
    }, zeitMs);
    prozess.stdout?.on('data', () => {
      const treffer = /Hilfewerk läuft auf (http:\/\/\S+)/.exec(out);
      if (!treffer) return;
      clearTimeout(zeit);
      fertig({ prozess, url: treffer[1], stdout: () => out, stderr: () => err, ende });
    });
    void ende.then((code) => {
      clearTimeout(zeit);
      fehler(new Error(`hilfewerk serve endete mit ${code}:\n${out}\n${err}`));
    });
  });
}

/** The pid and port of the embedded PostgreSQL, from its postmaster.pid. */
export function datenbankProzess(daten: string): { pid: number; port: number } {
  const zeilen = readFileSync(join(daten, 'pg', 'postmaster.pid'), 'utf8').split('\n');
  return { pid: Number(zeilen[0]), port: Number(zeilen[3]) };
}

/** The embedded server's superuser connection, from the login file Hilfewerk generated. */
export function datenbankUrl(daten: string): string {
  const z = JSON.parse(readFileSync(join(daten, 'zugang.json'), 'utf8')) as {
    benutzer: string;
    passwort: string;
  };
  return `postgres://${z.benutzer}:${encodeURIComponent(z.passwort)}@127.0.0.1:${datenbankProzess(daten).port}/postgres`;
}

export interface Anmeldung {
  kopf: Record<string, string>;
}

/** Logs in over HTTP and returns the headers (session cookie, CSRF token) for writes. */
export async function meldeAn(url: string, email: string, passwort = 'hilfewerk-demo'): Promise<Anmeldung> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, passwort }),
  });
  if (res.status !== 200) throw new Error(`Anmeldung ${email}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { kopf: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' } };
}
