import type { QueryClient } from '@tanstack/react-query';
import { sitzungAbfrage } from '../../api/abfragen';
import { anfrage } from '../../api/client';
import type { AnmeldenSuche } from '../../routes/anmelden';

export const SITZUNG_ABGELAUFEN = 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.';

export interface Ort {
  pathname: string;
  href: string;
}

/**
 * The server answered 401 to a logged-in page: no record may stay on screen or in memory. The session
 * entry goes to null first (the app layout renders nothing without one), then the user is sent to the
 * login page with the reason and the address to come back to, and every cached answer is dropped.
 * Form drafts live in localStorage (lib/entwurf.ts) and are kept: after logging in, the form has them.
 */
export async function sitzungAbgelaufen(
  queryClient: QueryClient,
  ort: Ort,
  zurAnmeldung: (suche: AnmeldenSuche) => Promise<void> | void,
): Promise<void> {
  await queryClient.cancelQueries();
  queryClient.setQueryData(sitzungAbfrage.queryKey, null);
  if (ort.pathname !== '/anmelden') await zurAnmeldung({ weiter: ort.href, abgelaufen: true });
  queryClient.removeQueries({
    predicate: (q) => q.queryKey[0] !== sitzungAbfrage.queryKey[0] && q.queryKey[0] !== 'gesundheit',
  });
}

/**
 * Asks the server whether the session still holds — when the user returns to the tab, so a session that
 * expired while they were away does not leave the case on screen until the next click. A 401 goes the
 * way of every 401 (`beiSitzungsende`); a network error leaves the page as it is.
 */
export async function pruefeSitzung(): Promise<void> {
  try {
    await anfrage('/api/auth/me');
  } catch {
    // A 401 has already been handed on by `anfrage`; anything else is no reason to leave the page.
  }
}
