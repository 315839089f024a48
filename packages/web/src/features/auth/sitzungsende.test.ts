import type { Sitzung } from '@hilfewerk/api';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { sitzungAbfrage } from '../../api/abfragen';
import type { AnmeldenSuche } from '../../routes/anmelden';
import { SITZUNG_ABGELAUFEN, sitzungAbgelaufen } from './sitzungsende';

function gefuellterCache(): QueryClient {
  const queryClient = new QueryClient();
  const sitzung: Sitzung = {
    benutzer: { id: 'b1', email: 'fachkraft@kiju.demo', name: 'Finn Fachmann', rolle: 'fachkraft' },
    organisation: { id: 'o1', name: 'KIJU Wuppertal', art: 'traeger', bundesland: 'NW' },
    csrfToken: 'c1',
  };
  queryClient.setQueryData(sitzungAbfrage.queryKey, sitzung);
  queryClient.setQueryData(['fall', 'f1'], {
    aktenzeichen: 'KIJU-2026-001',
    personen: [{ vorname: 'Jonas' }],
  });
  queryClient.setQueryData(['fristen', 'meine'], { ueberfaellig: [] });
  queryClient.setQueryData(['gesundheit'], { status: 'ok', demo: true });
  return queryClient;
}

describe('sitzungAbgelaufen', () => {
  it('drops every cached record, keeps the demo flag, and sends the user to log in with the reason', async () => {
    const queryClient = gefuellterCache();
    const ziele: AnmeldenSuche[] = [];
    await sitzungAbgelaufen(queryClient, { pathname: '/faelle/f1', href: '/faelle/f1?tab=2' }, (suche) => {
      ziele.push(suche);
    });
    expect(ziele).toEqual([{ weiter: '/faelle/f1?tab=2', abgelaufen: true }]);
    expect(queryClient.getQueryData(sitzungAbfrage.queryKey)).toBeNull();
    expect(queryClient.getQueryData(['fall', 'f1'])).toBeUndefined();
    expect(queryClient.getQueryData(['fristen', 'meine'])).toBeUndefined();
    expect(queryClient.getQueryData(['gesundheit'])).toEqual({ status: 'ok', demo: true });
  });

  it('clears the session, but does not send the login page to itself', async () => {
    const queryClient = gefuellterCache();
    const ziele: AnmeldenSuche[] = [];
    await sitzungAbgelaufen(queryClient, { pathname: '/anmelden', href: '/anmelden' }, (suche) => {
      ziele.push(suche);
    });
    expect(ziele).toEqual([]);
    expect(queryClient.getQueryData(sitzungAbfrage.queryKey)).toBeNull();
    expect(queryClient.getQueryData(['fall', 'f1'])).toBeUndefined();
  });

  it('has the message the login page shows', () => {
    expect(SITZUNG_ABGELAUFEN).toBe('Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.');
  });
});
