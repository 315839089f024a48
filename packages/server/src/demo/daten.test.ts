import { describe, expect, it } from 'vitest';
import { demoZugaenge } from './daten.ts';

describe('demoZugaenge', () => {
  it('nennt zuerst die neun Zugänge aus der README, mit Organisation und deutscher Rolle', () => {
    expect(demoZugaenge().slice(0, 9)).toEqual([
      { email: 'leitung@kiju.demo', organisation: 'KIJU Wuppertal', rolle: 'Leitung' },
      { email: 'fachkraft@kiju.demo', organisation: 'KIJU Wuppertal', rolle: 'Fachkraft' },
      { email: 'verwaltung@kiju.demo', organisation: 'KIJU Wuppertal', rolle: 'Verwaltung' },
      { email: 'fachkraft@traeger-bremerhaven.demo', organisation: 'Träger Bremerhaven', rolle: 'Fachkraft' },
      { email: 'leitung@traeger-bremerhaven.demo', organisation: 'Träger Bremerhaven', rolle: 'Leitung' },
      { email: 'fachkraft@mukiberlin.demo', organisation: 'MuKi Berlin', rolle: 'Fachkraft' },
      {
        email: 'asd@jugendamt-bremerhaven.demo',
        organisation: 'Jugendamt Bremerhaven (Amt für Jugend, Familie und Frauen)',
        rolle: 'ASD-Fachkraft',
      },
      {
        email: 'controlling@jugendamt-bremerhaven.demo',
        organisation: 'Jugendamt Bremerhaven (Amt für Jugend, Familie und Frauen)',
        rolle: 'Fachcontrolling',
      },
      { email: 'admin@kiju.demo', organisation: 'KIJU Wuppertal', rolle: 'Administration' },
    ]);
  });

  it('gibt jedem weiteren Zugang eine bekannte Organisation und einen Rollennamen', () => {
    for (const z of demoZugaenge()) {
      expect(z.organisation).not.toMatch(/^(kiju|tbh|muki|ja-)/);
      expect(z.rolle).toMatch(/^[A-ZÄÖÜ]/);
    }
  });
});
