import { describe, expect, it } from 'vitest';
import { datumDe, monatsgrenzen, periodenende, plusTage, tageZwischen, wochenende } from './tag.ts';

describe('Kalendertage als ISO-Text', () => {
  it('zählt Tage über Monats-, Schaltjahres- und Jahresgrenzen', () => {
    expect(plusTage('2025-02-03', 30)).toBe('2025-03-05');
    expect(plusTage('2024-02-28', 1)).toBe('2024-02-29');
    expect(plusTage('2025-02-28', 1)).toBe('2025-03-01');
    expect(plusTage('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('verschiebt keinen Tag an der Sommerzeit-Umstellung', () => {
    expect(plusTage('2026-03-28', 1)).toBe('2026-03-29');
    expect(plusTage('2026-03-29', 1)).toBe('2026-03-30');
    expect(plusTage('2026-10-25', 1)).toBe('2026-10-26');
  });

  it('nimmt von einem Zeitstempel nur den Tag', () => {
    expect(plusTage('2026-11-25T23:30:00.000Z', 1)).toBe('2026-11-26');
  });

  it('das Wochenende ist der Sonntag derselben Woche (Montag bis Sonntag)', () => {
    expect(wochenende('2026-11-23')).toBe('2026-11-29'); // Montag
    expect(wochenende('2026-11-25')).toBe('2026-11-29'); // Mittwoch
    expect(wochenende('2026-11-29')).toBe('2026-11-29'); // Sonntag
    expect(wochenende('2026-12-30')).toBe('2027-01-03');
  });

  it('schreibt Daten deutsch als TT.MM.JJJJ', () => {
    expect(datumDe('2025-01-31')).toBe('31.01.2025');
    expect(datumDe('2026-11-25T09:15:00.000Z')).toBe('25.11.2026');
    expect(datumDe(null)).toBe('–');
    expect(datumDe(undefined)).toBe('–');
    expect(datumDe('')).toBe('–');
    expect(datumDe('unbekannt')).toBe('unbekannt');
  });

  it('zählt die Tage eines Zeitraums mit beiden Enden', () => {
    expect(tageZwischen('2026-10-01', '2026-10-31')).toBe(31);
    expect(tageZwischen('2026-10-05', '2026-10-05')).toBe(1);
    expect(tageZwischen('2024-02-01', '2024-03-01')).toBe(30);
    expect(tageZwischen('2026-03-01', '2026-03-31')).toBe(31); // über die Sommerzeit-Umstellung
    expect(tageZwischen('2026-10-06', '2026-10-05')).toBe(0);
  });

  it('kennt die Grenzen eines Monats, auch im Schaltjahr', () => {
    expect(monatsgrenzen('2024-02')).toEqual({
      monat: '2024-02',
      von: '2024-02-01',
      bis: '2024-02-29',
      tage: 29,
    });
    expect(monatsgrenzen('2026-02')).toEqual({
      monat: '2026-02',
      von: '2026-02-01',
      bis: '2026-02-28',
      tage: 28,
    });
    expect(monatsgrenzen('2026-12')).toEqual({
      monat: '2026-12',
      von: '2026-12-01',
      bis: '2026-12-31',
      tage: 31,
    });
  });

  it('endet eine Periode von n Monaten am Vortag desselben Tages, im kürzeren Monat an dessen Letztem', () => {
    expect(periodenende('2025-01-15', 3)).toBe('2025-04-14');
    expect(periodenende('2025-01-01', 60)).toBe('2029-12-31');
    expect(periodenende('2025-08-31', 6)).toBe('2026-02-28');
    expect(periodenende('2024-02-29', 12)).toBe('2025-02-28');
    expect(periodenende('2026-01-01', 12)).toBe('2026-12-31');
  });
});
