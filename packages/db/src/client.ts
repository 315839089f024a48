import { createHash } from 'node:crypto';
import { fillPlaceholders, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePg, NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgDialect, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index.ts';

/** A Drizzle handle; inside `withTx` it is the transaction. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Who is acting: becomes `app.*` settings that the RLS policies read. */
export interface TxKontext {
  organisationId: string;
  benutzerId: string;
  rolle: string;
  organisationArt: 'traeger' | 'jugendamt';
}

export interface Datenbank {
  /** Whether Hilfewerk runs this PostgreSQL server itself (no DATABASE_URL). */
  eingebettet: boolean;
  /**
   * Runs `fn` in one transaction as `hilfewerk_app` with the user's context, so row-level
   * security isolates organisations even when a query forgets its filter.
   */
  withTx<T>(ctx: TxKontext, fn: (tx: Db) => Promise<T>): Promise<T>;
  /**
   * Runs read-only statements in one read-only transaction as `hilfewerk_app` with the user's
   * context, like `withTx`, and returns the rows of each; a write fails. The context
   * and the statements travel in one message (one implicit transaction), and each statement is
   * prepared once per connection, so its RLS-laden plan is not made again on every request. For
   * hot read paths (the case list); anything that writes belongs in `withTx`.
   */
  lies(ctx: TxKontext, anweisungen: SQL[]): Promise<Record<string, unknown>[][]>;
  /**
   * Runs statements in one write transaction as `hilfewerk_app` with the user's context and
   * returns the rows of each — the writing counterpart of `lies`, for hot write paths whose checks
   * live inside the statements themselves (a refused write returns no rows instead of throwing).
   * On PostgreSQL context and statements travel in one message: one implicit transaction,
   * committed after the last statement, rolled back as a whole when one fails; each statement
   * is prepared once per connection. READ COMMITTED still takes a new snapshot per statement, so
   * a statement after a lock sees what was committed before the lock was granted.
   * @param werte values of the statements' `sql.placeholder(name)`s: a hot path builds its
   *   statements once, and on PostgreSQL their text is rendered (and named) only the first time
   */
  schreibe(
    ctx: TxKontext,
    anweisungen: SQL[],
    werte?: Record<string, unknown>,
  ): Promise<Record<string, unknown>[][]>;
  /** Runs `fn` in one transaction as `hilfewerk_system`: authentication and demo loading only. */
  withSystemTx<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /**
   * Gives `fn` one connection to run raw SQL as the connecting user (migrations only, never
   * application data). `abfrage` returns the rows of the last statement.
   */
  roh<T>(fn: (abfrage: RohAbfrage) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type RohAbfrage = (statements: string) => Promise<Record<string, unknown>[]>;

export interface DatenbankOptionen {
  /** `postgres://…` of the database to open. */
  databaseUrl: string;
  /** Whether Hilfewerk started this server itself (reported by /api/health). @default false */
  eingebettet?: boolean;
  /** Pool size. @default 20 */
  poolGroesse?: number;
}

/** Opens a connection pool on a PostgreSQL database. */
export async function oeffneDatenbank(opt: DatenbankOptionen): Promise<Datenbank> {
  return oeffnePostgres(opt.databaseUrl, opt.poolGroesse ?? 20, opt.eingebettet ?? false);
}

async function oeffnePostgres(url: string, max: number, eingebettet: boolean): Promise<Datenbank> {
  // Dates stay 'YYYY-MM-DD' strings: a JS Date would shift them by the time zone.
  const pool = new pg.Pool({
    connectionString: url,
    max,
    types: { getTypeParser: datumsParser },
    // Short OLTP queries: JIT compilation costs more than it saves (and RLS subplans inflate
    // cost estimates past the JIT threshold).
    options: '-c jit=off',
  });
  // An idle connection the server ends (restart, admin) must not crash the process: the pool
  // drops it and opens a new one on demand.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  await pool.query('select 1');
  const intern = db as unknown as { dialect: PgDialect; session: { schema: unknown } };

  /**
   * One transaction on one pooled connection. `anfang` opens it and sets the role and context in
   * the same message (simple protocol, several statements): one round trip instead of two.
   * Drizzle's own `transaction()` would send BEGIN on its own first.
   */
  async function transaktion<T>(anfang: string, fn: (tx: Db) => Promise<T>): Promise<T> {
    const verbindung = await pool.connect();
    const sitzung = new NodePgSession(verbindung, intern.dialect, intern.session.schema as never);
    const tx = new NodePgTransaction(intern.dialect, sitzung, intern.session.schema as never);
    let kaputt: Error | undefined;
    try {
      await verbindung.query(anfang);
      const ergebnis = await fn(tx as unknown as Db);
      await verbindung.query('commit');
      return ergebnis;
    } catch (error) {
      await verbindung.query('rollback').catch((e: Error) => {
        kaputt = e;
      });
      throw error;
    } finally {
      // A connection that could not even roll back is closed rather than handed to the next request.
      verbindung.release(kaputt);
    }
  }

  const kontext = (ctx: TxKontext) =>
    `select set_config('role', 'hilfewerk_app', true),
      set_config('app.organisation_id', ${pg.escapeLiteral(ctx.organisationId)}, true),
      set_config('app.benutzer_id', ${pg.escapeLiteral(ctx.benutzerId)}, true),
      set_config('app.rolle', ${pg.escapeLiteral(ctx.rolle)}, true),
      set_config('app.organisation_art', ${pg.escapeLiteral(ctx.organisationArt)}, true)`;

  // Names of the statements each connection has prepared (SQL PREPARE lasts as long as it).
  const vorbereitet = new WeakMap<pg.PoolClient, Set<string>>();

  // Text, parameters and name of each statement object: a statement built once (with placeholders)
  // is rendered and hashed once, not on every request. Callers hand over finished statements
  // (`sql.append` after the first use would not be seen).
  const gerendert = new WeakMap<SQL, { text: string; params: unknown[]; name: string }>();
  const rendere = (a: SQL) => {
    let r = gerendert.get(a);
    if (!r) {
      const { sql: text, params } = intern.dialect.sqlToQuery(a);
      r = { text, params, name: `hw_${createHash('sha1').update(text).digest('hex').slice(0, 24)}` };
      gerendert.set(a, r);
    }
    return r;
  };

  /** `lies` and `schreibe`: context and statements in one simple-query message. */
  async function eineNachricht(
    ctx: TxKontext,
    anweisungen: SQL[],
    nurLesen: boolean,
    werte?: Record<string, unknown>,
  ): Promise<Record<string, unknown>[][]> {
    const verbindung = await pool.connect();
    let namen = vorbereitet.get(verbindung);
    if (!namen) {
      namen = new Set();
      vorbereitet.set(verbindung, namen);
    }
    // No BEGIN/COMMIT: the statements of one simple-query message run as one implicit transaction, so
    // the local settings hold for exactly this message and are gone after it (the context and
    // transaction_read_only included); two statements fewer than an explicit transaction, a seventh
    // of the database's work on the case list. A write commits when the last statement succeeded.
    const teile = [
      nurLesen ? `${kontext(ctx)}, set_config('transaction_read_only', 'on', true)` : kontext(ctx),
    ];
    for (const a of anweisungen) {
      const { text, params: roh, name } = rendere(a);
      const params = werte ? fillPlaceholders(roh, werte) : roh;
      if (!namen.has(name)) teile.push(`prepare ${name} as ${text}`);
      teile.push(params.length ? `execute ${name}(${params.map(alsLiteral).join(', ')})` : `execute ${name}`);
    }
    let kaputt: Error | undefined;
    try {
      const ergebnisse = (await verbindung.query(teile.join(';\n'))) as unknown as pg.QueryResult[];
      for (const t of teile) if (t.startsWith('prepare ')) namen.add(t.slice(8, t.indexOf(' ', 8)));
      return ergebnisse.filter((_, i) => teile[i].startsWith('execute ')).map((e) => e.rows);
    } catch (error) {
      // What the failed message had prepared is unknown: start afresh on this connection.
      await verbindung.query('rollback; deallocate all').catch((e: Error) => {
        kaputt = e;
      });
      namen.clear();
      throw error;
    } finally {
      verbindung.release(kaputt);
    }
  }

  return {
    eingebettet,
    withTx: (ctx, fn) => transaktion(`begin; ${kontext(ctx)}`, fn),
    lies: (ctx, anweisungen) => eineNachricht(ctx, anweisungen, true),
    schreibe: (ctx, anweisungen, werte) => eineNachricht(ctx, anweisungen, false, werte),
    withSystemTx: (fn) => transaktion("begin; select set_config('role', 'hilfewerk_system', true)", fn),
    roh: async (fn) => {
      const verbindung = await pool.connect();
      try {
        return await fn(async (s) => {
          const ergebnis = (await verbindung.query(s)) as unknown as pg.QueryResult | pg.QueryResult[];
          const letztes = Array.isArray(ergebnis) ? ergebnis.at(-1) : ergebnis;
          return (letztes?.rows ?? []) as Record<string, unknown>[];
        });
      } finally {
        verbindung.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * A bound value as an SQL literal for EXECUTE. Only the scalar types `lies` and `schreibe` bind are
 * accepted; anything else is a programming error, not something to guess a quoting for.
 */
function alsLiteral(wert: unknown): string {
  if (wert === null || wert === undefined) return 'NULL';
  if (typeof wert === 'number' && Number.isFinite(wert)) return String(wert);
  if (typeof wert === 'boolean') return wert ? 'true' : 'false';
  if (typeof wert === 'string') return pg.escapeLiteral(wert);
  throw new TypeError(`lies(): Parameter vom Typ ${typeof wert} wird nicht unterstützt.`);
}

const DATE_OID = 1082;
function datumsParser(oid: number, format?: 'text' | 'binary') {
  if (oid === DATE_OID) return (v: string) => v;
  // biome-ignore lint/suspicious/noExplicitAny: pg's overloads do not accept a union format
  return pg.types.getTypeParser(oid, format as any);
}
