/**
 * The one place that talks HTTP. Same-origin requests with the session cookie; every state-changing
 * request carries the CSRF token. A 401 outside the login flow means the session expired: we hand that
 * to the router (see `beiSitzungsende`) so the user logs in again and comes back — forms keep drafts.
 */
import type { FehlerAntwort as ApiFehlerAntwort } from '@hilfewerk/api';

/** The API's error body; a proxy in between may answer without one, so every field may be missing. */
type FehlerAntwort = Partial<ApiFehlerAntwort>;

export class ApiFehler extends Error {
  readonly status: number;
  readonly felder: Record<string, string>;
  readonly aktuell: unknown;
  readonly wiederholenNachSekunden: number | null;

  constructor(status: number, antwort: FehlerAntwort, wiederholenNach: number | null) {
    super(antwort.fehler ?? standardMeldung(status));
    this.name = 'ApiFehler';
    this.status = status;
    this.felder = normalisiereFelder(antwort.felder);
    this.aktuell = antwort.aktuell;
    this.wiederholenNachSekunden = wiederholenNach;
  }
}

function standardMeldung(status: number): string {
  if (status === 401) return 'Bitte melden Sie sich an.';
  if (status === 403) return 'Dafür fehlt Ihnen die Berechtigung.';
  if (status === 404) return 'Nicht gefunden.';
  if (status === 409) return 'Der Datensatz wurde inzwischen von jemand anderem geändert.';
  if (status === 429) return 'Zu viele Anfragen. Bitte warten Sie einen Moment.';
  if (status >= 500) return 'Der Server hat einen Fehler gemeldet. Bitte versuchen Sie es später erneut.';
  return 'Die Anfrage konnte nicht verarbeitet werden.';
}

// One message per field; anything else (a proxy's page) is shown as the general message only.
function normalisiereFelder(felder: FehlerAntwort['felder']): Record<string, string> {
  const ergebnis: Record<string, string> = {};
  for (const [feld, meldung] of Object.entries(felder ?? {})) ergebnis[feld] = String(meldung);
  return ergebnis;
}

let csrfToken: string | null = null;
let sitzungsendeHandler: (() => void) | null = null;

export function setzeCsrfToken(token: string | null | undefined): void {
  csrfToken = token ?? null;
}

/** Registered once by the router: what to do when the server says the session is gone. */
export function beiSitzungsende(handler: () => void): void {
  sitzungsendeHandler = handler;
}

async function holeCsrfToken(): Promise<string> {
  const antwort = await fetch('/api/auth/csrf', { credentials: 'same-origin' });
  if (!antwort.ok) throw await alsFehler(antwort);
  const daten = (await antwort.json()) as { csrfToken: string };
  csrfToken = daten.csrfToken;
  return daten.csrfToken;
}

async function alsFehler(antwort: Response): Promise<ApiFehler> {
  let inhalt: FehlerAntwort = {};
  try {
    inhalt = (await antwort.json()) as FehlerAntwort;
  } catch {
    // Not JSON (e.g. a proxy error page): the status alone must do.
  }
  const retry = Number(antwort.headers.get('retry-after'));
  return new ApiFehler(antwort.status, inhalt, Number.isFinite(retry) && retry > 0 ? retry : null);
}

export type Abfrage = Record<string, string | number | undefined | null>;

interface Optionen {
  methode?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  abfrage?: Abfrage;
  /** Login and session checks handle 401 themselves instead of redirecting. */
  ohneSitzungsumleitung?: boolean;
}

/** One page of a list; the total comes in the header x-gesamtzahl. */
export interface Seite<T> {
  eintraege: T[];
  gesamtzahl: number;
}

export interface Antwort<T> {
  daten: T;
  headers: Headers;
}

function mitAbfrage(pfad: string, abfrage?: Abfrage): string {
  const params = new URLSearchParams();
  for (const [name, wert] of Object.entries(abfrage ?? {})) {
    if (wert !== undefined && wert !== null && wert !== '') params.set(name, String(wert));
  }
  const text = params.toString();
  return text ? `${pfad}?${text}` : pfad;
}

/** Requests without a session: no CSRF token to fetch or send (the server's public paths). */
const OHNE_SITZUNG = new Set(['/api/auth/login', '/api/beschwerden/oeffentlich']);

export async function anfrage<T>(pfad: string, optionen: Optionen = {}): Promise<Antwort<T>> {
  const methode = optionen.methode ?? 'GET';
  const aendernd = methode !== 'GET';
  const senden = async (): Promise<Response> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (optionen.body !== undefined) headers['content-type'] = 'application/json';
    if (aendernd && !OHNE_SITZUNG.has(pfad)) headers['x-csrf-token'] = csrfToken ?? (await holeCsrfToken());
    return fetch(mitAbfrage(pfad, optionen.abfrage), {
      method: methode,
      headers,
      credentials: 'same-origin',
      body: optionen.body === undefined ? undefined : JSON.stringify(optionen.body),
    });
  };

  let antwort = await senden();
  // A stale token (e.g. after the server restarted) is refreshed once, then the request is repeated.
  if (antwort.status === 403 && aendernd && !OHNE_SITZUNG.has(pfad)) {
    await holeCsrfToken();
    antwort = await senden();
  }
  if (antwort.status === 401 && !optionen.ohneSitzungsumleitung) {
    sitzungsendeHandler?.();
  }
  if (!antwort.ok) throw await alsFehler(antwort);
  const daten = (antwort.status === 204 ? undefined : await antwort.json()) as T;
  return { daten, headers: antwort.headers };
}

/**
 * Sends a form with a file (multipart/form-data; the browser sets the boundary). Same CSRF handling as
 * `anfrage`, including one retry with a fresh token.
 */
export async function sendeFormular<T>(pfad: string, formular: FormData): Promise<T> {
  const senden = async (): Promise<Response> =>
    fetch(pfad, {
      method: 'POST',
      headers: { accept: 'application/json', 'x-csrf-token': csrfToken ?? (await holeCsrfToken()) },
      credentials: 'same-origin',
      body: formular,
    });
  let antwort = await senden();
  if (antwort.status === 403) {
    await holeCsrfToken();
    antwort = await senden();
  }
  if (antwort.status === 401) sitzungsendeHandler?.();
  if (!antwort.ok) throw await alsFehler(antwort);
  return (await antwort.json()) as T;
}
