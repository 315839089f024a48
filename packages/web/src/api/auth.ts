import type { Gesundheit, Sitzung } from '@hilfewerk/api';
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
