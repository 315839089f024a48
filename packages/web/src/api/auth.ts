import type { Gesundheit, Sitzung, SsoStatus } from '@hilfewerk/api';
import { ApiFehler, anfrage, setzeCsrfToken } from './client';

export async function anmelden(email: string, passwort: string): Promise<Sitzung> {
  const { daten } = await anfrage<Sitzung>('/api/auth/login', {
    methode: 'POST',
    body: { email, passwort },
    ohneSitzungsumleitung: true,
  });
  setzeCsrfToken(daten.csrfToken);
  return daten;
}

/** The current session, or null when nobody is logged in (401 is an answer here, not an error). */
export async function holeSitzung(): Promise<Sitzung | null> {
  try {
    const { daten } = await anfrage<Sitzung>('/api/auth/me', { ohneSitzungsumleitung: true });
    if (daten.csrfToken) setzeCsrfToken(daten.csrfToken);
    return daten;
  } catch (fehler) {
    if (fehler instanceof ApiFehler && fehler.status === 401) return null;
    throw fehler;
  }
}

export async function abmelden(): Promise<void> {
  await anfrage<void>('/api/auth/logout', { methode: 'POST', ohneSitzungsumleitung: true });
  setzeCsrfToken(null);
}

export async function holeGesundheit(): Promise<Gesundheit> {
  return (await anfrage<Gesundheit>('/api/health', { ohneSitzungsumleitung: true })).daten;
}

/** Whether single sign-on is configured; the login page offers it only then. */
export async function holeSsoStatus(): Promise<SsoStatus> {
  return (await anfrage<SsoStatus>('/api/auth/oidc', { ohneSitzungsumleitung: true })).daten;
}

/** Where the browser goes for single sign-on: the server redirects on to the identity provider. */
export const SSO_START = '/api/auth/oidc/start';
