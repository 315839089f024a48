import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { datumDe, epochTag, monatsgrenzen, periodenende, plusTage, tageZwischen, wochenende } from './tag.ts';

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

  it('rechnet Tage ohne Temporal genau wie Temporal (auch vor 1970, um Schalttage und Jahrhunderte)', () => {
    const tag = fc
      .date({
        min: new Date('1600-01-01T00:00:00Z'),
        max: new Date('2400-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(tag, tag, (von, bis) => {
        const temporal = Math.max(
          0,
          Temporal.PlainDate.from(von).until(Temporal.PlainDate.from(bis)).days + 1,
        );
        expect(tageZwischen(von, bis)).toBe(temporal);
        expect(epochTag(von)).toBe(Temporal.PlainDate.from(von).since('1970-01-01').days);
      }),
      { numRuns: 2000 },
    );
    const monat = fc.tuple(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 1, max: 12 }));
    fc.assert(
      fc.property(monat, ([j, m]) => {
        const text = `${j}-${String(m).padStart(2, '0')}`;
        const ym = Temporal.PlainYearMonth.from(text);
        expect(monatsgrenzen(text)).toEqual({
          monat: text,
          von: `${text}-01`,
          bis: ym.toPlainDate({ day: ym.daysInMonth }).toString(),
          tage: ym.daysInMonth,
        });
      }),
    );
  });

  it('gibt ungültige oder andere Schreibweisen an Temporal weiter, das sie wie bisher behandelt', () => {
    expect(epochTag('2026-02-29')).toBeUndefined();
    expect(epochTag('2026-13-01')).toBeUndefined();
    expect(epochTag('2026-1-01')).toBeUndefined();
    expect(() => tageZwischen('2026-02-30', '2026-03-01')).toThrow();
    expect(tageZwischen('2026-03-01T10:00:00', '2026-03-02')).toBe(2);
    expect(() => monatsgrenzen('2026-13')).toThrow();
  });
});
