import { randomBytes } from 'node:crypto';

/** What the API answers for a failure of the database itself (not of the request). */
export interface DatenbankStoerung {
  status: 503 | 507;
  fehler: string;
}

/** The SQLSTATE of an error from pg, also when Drizzle wrapped it. */
export function sqlState(error: unknown): string | undefined {
  for (
    let e = error as { code?: unknown; cause?: unknown } | undefined, i = 0;
    e && i < 5;
    e = e.cause as typeof e, i++
  ) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

const VERBINDUNG_WEG = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

function verbindungWeg(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, i = 0;
    e && i < 5;
    e = e.cause as typeof e, i++
  ) {
    if (typeof e.code === 'string' && VERBINDUNG_WEG.has(e.code)) return true;
    if (typeof e.message === 'string' && /Connection terminated|terminating connection/.test(e.message))
      return true;
  }
  return false;
}

/**
 * Full disk, out of memory, a server in recovery or shutting down: the request was fine and nothing
 * was stored (the transaction rolled back), so the user is told to try again — not a bare 500.
 */
export function datenbankStoerung(error: unknown): DatenbankStoerung | undefined {
  const state = sqlState(error);
  if (state === '53100') {
    return {
      status: 507,
      fehler:
        'Der Speicherplatz der Datenbank ist erschöpft. Ihre Eingabe wurde nicht gespeichert. Bitte informieren ' +
        'Sie die Administration und versuchen Sie es später erneut.',
    };
  }
  if (
    state?.startsWith('53') ||
    state?.startsWith('57P') ||
    state?.startsWith('08') ||
    verbindungWeg(error)
  ) {
    return {
      status: 503,
      fehler:
        'Die Datenbank ist gerade nicht verfügbar. Ihre Eingabe wurde nicht gespeichert. Bitte versuchen Sie es ' +
        'in einigen Minuten erneut.',
    };
  }
  return undefined;
}

/**
 * A value the database refused as data (SQLSTATE class 22: out of range, malformed, a NUL byte)
 * that a field check let through: the request is at fault, so it is a 422 — never a 500.
 */
export function ungueltigerWert(error: unknown): string | undefined {
  if (!sqlState(error)?.startsWith('22')) return undefined;
  return 'Ein Wert der Anfrage liegt außerhalb dessen, was gespeichert werden kann (z. B. ein Datum vor dem Jahr 1 oder ein Steuerzeichen im Text). Bitte die Eingaben prüfen.';
}

/** A short id that ties an answer to its log line. */
export function neueFehlerId(): string {
  return randomBytes(6).toString('hex');
}

/**
 * What of an unexpected error may be logged: its class, SQLSTATE, the constraint or table a
 * database error names, and the stack frames — never the message, which for a failed query carries
 * its parameters (names, birth dates, note text, search terms).
 */
export function protokollierbar(error: unknown): Record<string, unknown> {
  const e = error as {
    name?: string;
    stack?: string;
    cause?: { constraint?: string; table?: string; routine?: string };
  };
  const quelle = (e.cause ?? error) as { constraint?: string; table?: string; routine?: string };
  return {
    art: e.name,
    sqlState: sqlState(error),
    constraint: quelle.constraint,
    tabelle: quelle.table,
    routine: quelle.routine,
    stack: e.stack
      ?.split('\n')
      .filter((z) => z.trimStart().startsWith('at '))
      .join('\n'),
  };
}
