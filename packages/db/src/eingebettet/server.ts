import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { postgresProgramme } from './binaries.ts';
import { EingebetteteDatenbankFehler, PgliteDatenordner } from './fehler.ts';
import { prozessLaeuft } from './prozess.ts';
import { sperreDatenordner } from './sperre.ts';
import {
  pruefeErreichbar,
  type Systembenutzer,
  systembenutzerFuerDatenbank,
  uebergib,
} from './systembenutzer.ts';
import { erzeugeZugang, leseZugang, type Zugang, zugangsUrl } from './zugang.ts';

/** The cluster's folder inside the data folder; the data folder also holds the login file. */
export const CLUSTER_ORDNER = 'pg';

export interface EingebetteterServer {
  /** `postgres://…@127.0.0.1:PORT/DATENBANK` for the given database (default `postgres`). */
  url(datenbank?: string): string;
  port: number;
  /** Process id of the postmaster (its backends are its children). */
  pid: number;
  /** Stops the server cleanly (fast shutdown: open transactions roll back, everything committed stays). */
  stop(): Promise<void>;
  /** Settles when the server process has ended, for whatever reason. */
  beendet: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The server's last messages, for an error report (PostgreSQL's own log lines, no SQL). */
  letzteMeldungen(): string;
}

export interface EinbettungsOptionen {
  /**
   * The durability settings are fixed on; tests of the test harness only may turn fsync off.
   * @default true
   */
  fsync?: boolean;
}

/**
 * Starts PostgreSQL as a child process on `ordner` (created on first use with `initdb`), listening on
 * 127.0.0.1 only, on a free port, with a generated password. The folder is kept 0700 and every file
 * in it unreadable to others: it holds social data. A server left running by a Hilfewerk process
 * that was killed is stopped first (the caller holds the folder's lock, so it cannot belong to a
 * live Hilfewerk).
 */
export async function starteEingebettet(
  ordnerEingabe: string,
  opt: EinbettungsOptionen = {},
): Promise<EingebetteterServer> {
  const ordner = resolve(ordnerEingabe);
  const cluster = join(ordner, CLUSTER_ORDNER);
  await lehnePgliteOrdnerAb(ordner);
  const programme = await postgresProgramme();
  const benutzer = await systembenutzerFuerDatenbank();
  await mkdir(ordner, { recursive: true, mode: 0o700 });
  await chmod(ordner, 0o700);
  if (benutzer) {
    await pruefeErreichbar(ordner, benutzer);
    await uebergib(ordner, benutzer);
  }
  let zugang = await leseZugang(ordner);
  const neu = !(await existiert(join(cluster, 'PG_VERSION')));
  if (neu) {
    if (zugang || (await existiert(cluster))) {
      throw new EingebetteteDatenbankFehler(
        `Der Datenordner ${ordner} ist unvollständig (${CLUSTER_ORDNER}/PG_VERSION fehlt). Bitte den Ordner ` +
          'aus einer Sicherung wiederherstellen oder, wenn er keine Daten enthält, löschen.',
      );
    }
    zugang = await erzeugeZugang(ordner);
    await initdb(programme.initdb, ordner, cluster, zugang, benutzer);
  }
  if (!zugang) {
    throw new EingebetteteDatenbankFehler(
      `Im Datenordner ${ordner} fehlt die Zugangsdatei zugang.json. Ohne sie lässt sich die Datenbank nicht öffnen.`,
    );
  }
  await beendeVerwaistenServer(cluster);
  return starte(programme.postgres, cluster, zugang, benutzer, opt.fsync ?? true);
}

async function existiert(pfad: string): Promise<boolean> {
  return stat(pfad).then(
    () => true,
    () => false,
  );
}

/**
 * PGlite, the first embedded default, kept its cluster directly in the data folder. Its files sync
 * nothing and are readable by all; such a folder is not opened, and the message says what to do.
 */
async function lehnePgliteOrdnerAb(ordner: string): Promise<void> {
  if (!(await existiert(join(ordner, 'PG_VERSION')))) return;
  throw new PgliteDatenordner(
    `Der Datenordner ${ordner} stammt von einer früheren Hilfewerk-Version (eingebettete Datenbank PGlite). ` +
      'Diese Version betreibt einen echten PostgreSQL-Server und öffnet ihn nicht. Enthält er nur Demodaten: ' +
      `den Ordner umbenennen oder löschen und neu starten. Enthält er Daten, die bleiben müssen: siehe ` +
      '"Umstieg von PGlite" in docs/betrieb.md.',
  );
}

async function initdb(
  programm: string,
  ordner: string,
  cluster: string,
  zugang: Zugang,
  benutzer: Systembenutzer | undefined,
): Promise<void> {
  // The password reaches initdb through a file only the server's account can read, never the command line.
  const pwDatei = join(ordner, '.initdb-passwort');
  await writeFile(pwDatei, `${zugang.passwort}\n`, { mode: 0o600 });
  await uebergib(pwDatei, benutzer);
  try {
    const { code, ausgabe } = await lauf(
      programm,
      [
        `--pgdata=${cluster}`,
        `--username=${zugang.benutzer}`,
        `--pwfile=${pwDatei}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        // German collation for names (Ä beside A), independent of the machine's locales.
        '--locale=C',
        '--locale-provider=icu',
        '--icu-locale=de-DE',
      ],
      benutzer,
    );
    if (code !== 0) {
      throw new EingebetteteDatenbankFehler(
        `Die Datenbank konnte nicht angelegt werden (initdb, Code ${code}): ${ausgabe.trim()}`,
      );
    }
  } finally {
    await rm(pwDatei, { force: true });
  }
}

function lauf(
  programm: string,
  argumente: string[],
  benutzer: Systembenutzer | undefined,
): Promise<{ code: number | null; ausgabe: string }> {
  return new Promise((fertig, fehler) => {
    const kind = spawn(programm, argumente, {
      ...(benutzer ? { uid: benutzer.uid, gid: benutzer.gid } : {}),
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let ausgabe = '';
    kind.stdout?.on('data', (d: Buffer) => {
      ausgabe += d.toString();
    });
    kind.stderr?.on('data', (d: Buffer) => {
      ausgabe += d.toString();
    });
    kind.on('error', fehler);
    kind.on('close', (code) => fertig({ code, ausgabe }));
  });
}

/**
 * A Hilfewerk killed with SIGKILL leaves its database child running. Its postmaster.pid names it; it
 * gets a fast shutdown (everything committed stays), so this start can take over.
 */
async function beendeVerwaistenServer(cluster: string): Promise<void> {
  const pidDatei = join(cluster, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number.parseInt((await readFile(pidDatei, 'utf8')).split('\n')[0], 10);
  } catch {
    return;
  }
  if (!Number.isInteger(pid)) return;
  let gestoppt = false;
  for (let i = 0; i < 600 && prozessLaeuft(pid); i++) {
    const befehl = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (befehl.includes(cluster)) {
      if (!gestoppt) process.kill(pid, 'SIGINT');
      gestoppt = true;
    } else if (befehl !== '' || i >= 100) {
      // Another program under a reused id, or a killed server that stays a zombie nobody reaps:
      // PostgreSQL would take either for a running postmaster. Its lock file is stale.
      await rm(pidDatei, { force: true });
      return;
    }
    // An empty command line: the killed server is still being torn down (a zombie for a moment).
    await warte(50);
  }
  if (prozessLaeuft(pid) && gestoppt) {
    throw new EingebetteteDatenbankFehler(
      `Ein zurückgebliebener Datenbankprozess (${pid}) auf ${cluster} lässt sich nicht beenden.`,
    );
  }
}

function warte(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function freierPort(): Promise<number> {
  return new Promise((fertig, fehler) => {
    const s = createServer();
    s.on('error', fehler);
    s.listen(0, '127.0.0.1', () => {
      const adresse = s.address();
      s.close(() => fertig(typeof adresse === 'object' && adresse ? adresse.port : 0));
    });
  });
}

async function starte(
  programm: string,
  cluster: string,
  zugang: Zugang,
  benutzer: Systembenutzer | undefined,
  fsync: boolean,
): Promise<EingebetteterServer> {
  // A port taken between the probe and the server's bind makes the server exit: try another.
  for (let versuch = 1; ; versuch++) {
    const port = await freierPort();
    try {
      return await starteAufPort(programm, cluster, zugang, benutzer, fsync, port);
    } catch (error) {
      if (!(error instanceof PortBelegt) || versuch >= 5) throw error;
    }
  }
}

class PortBelegt extends Error {}

const MAX_MELDUNGEN = 40;

async function starteAufPort(
  programm: string,
  cluster: string,
  zugang: Zugang,
  benutzer: Systembenutzer | undefined,
  fsync: boolean,
  port: number,
): Promise<EingebetteterServer> {
  const einstellungen = {
    listen_addresses: '127.0.0.1',
    // No Unix socket: nothing but the TCP port on loopback, with the password.
    unix_socket_directories: '',
    fsync: fsync ? 'on' : 'off',
    synchronous_commit: 'on',
    full_page_writes: 'on',
    // Log lines must not carry statement text: a failing statement's literals can be social data.
    log_min_error_statement: 'panic',
    log_min_messages: 'warning',
    log_checkpoints: 'off',
  };
  const argumente = ['-D', cluster, '-p', String(port)];
  for (const [k, v] of Object.entries(einstellungen)) argumente.push('-c', `${k}=${v}`);
  const kind: ChildProcess = spawn(programm, argumente, {
    ...(benutzer ? { uid: benutzer.uid, gid: benutzer.gid } : {}),
    env: { ...process.env, LC_ALL: 'C' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const meldungen: string[] = [];
  kind.stderr?.on('data', (d: Buffer) => {
    for (const zeile of d.toString().split('\n')) {
      if (!zeile.trim()) continue;
      meldungen.push(zeile);
      if (meldungen.length > MAX_MELDUNGEN) meldungen.shift();
    }
  });
  const beendet = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((fertig) => {
    kind.on('exit', (code, signal) => fertig({ code, signal }));
    kind.on('error', () => fertig({ code: -1, signal: null }));
  });
  const url = (datenbank = 'postgres') => zugangsUrl(zugang, port, datenbank);

  let laeuft = true;
  void beendet.then(() => {
    laeuft = false;
  });
  const start = Date.now();
  for (;;) {
    if (!laeuft) {
      const text = meldungen.join('\n');
      if (/could not bind|Address already in use/i.test(text)) throw new PortBelegt(text);
      throw new EingebetteteDatenbankFehler(
        `Die eingebettete Datenbank ist beim Start beendet worden:\n${text}`,
      );
    }
    if (await bereit(url())) break;
    if (Date.now() - start > 60_000) {
      kind.kill('SIGKILL');
      throw new EingebetteteDatenbankFehler(
        `Die eingebettete Datenbank ist nach 60 s nicht bereit:\n${meldungen.join('\n')}`,
      );
    }
    await warte(30);
  }

  let gestoppt: Promise<void> | undefined;
  const stop = () => {
    gestoppt ??= (async () => {
      if (!laeuft) return;
      kind.kill('SIGINT');
      const zeit = setTimeout(() => kind.kill('SIGQUIT'), 30_000);
      await beendet;
      clearTimeout(zeit);
    })();
    return gestoppt;
  };
  return { url, port, pid: kind.pid ?? 0, stop, beendet, letzteMeldungen: () => meldungen.join('\n') };
}

async function bereit(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  c.on('error', () => undefined);
  try {
    await c.connect();
    await c.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** Files in the data folder that others could read: must be none. */
export async function fuerAndereLesbar(ordner: string): Promise<string[]> {
  const gefunden: string[] = [];
  async function gehe(pfad: string): Promise<void> {
    const s = await stat(pfad);
    if (s.mode & 0o007) gefunden.push(pfad);
    if (s.isDirectory()) for (const n of await readdir(pfad)) await gehe(join(pfad, n));
  }
  await gehe(resolve(ordner));
  return gefunden;
}

export interface GesperrterServer {
  server: EingebetteterServer;
  /** Releases the data folder's lock (after the server has stopped). */
  freigeben(): void;
}

/**
 * Claims the data folder (a second Hilfewerk on it is refused) and starts its database server.
 * Separate from the rest of the start, so `hilfewerk serve` can start the database while it is
 * still loading the application's modules.
 */
export async function starteDatenordner(
  ordner: string,
  opt: EinbettungsOptionen = {},
): Promise<GesperrterServer> {
  const freigeben = sperreDatenordner(resolve(ordner));
  try {
    return { server: await starteEingebettet(ordner, opt), freigeben };
  } catch (error) {
    freigeben();
    throw error;
  }
}
