import { describe, expect, it } from 'vitest';
import { leseMonat, monatsname, monatsraster, plusMonate } from './monat';

describe('Monatsraster', () => {
  it('beginnt am Montag vor dem Ersten und endet mit der Woche des Letzten', () => {
    const raster = monatsraster('2026-11');
    expect(raster[0][0]).toBe('2026-10-26');
    expect(raster.at(-1)?.at(-1)).toBe('2026-12-06');
    expect(raster.every((w) => w.length === 7)).toBe(true);
  });
  it('Februar 2027 beginnt an einem Montag', () => {
    expect(monatsraster('2027-02')[0][0]).toBe('2027-02-01');
    expect(monatsraster('2027-02')).toHaveLength(4);
  });
  it('blättert über Jahresgrenzen und prüft Eingaben', () => {
    expect(plusMonate('2026-12', 1)).toBe('2027-01');
    expect(plusMonate('2026-01', -1)).toBe('2025-12');
    expect(monatsname('2026-03')).toBe('März 2026');
    expect(leseMonat('2026-13')).toBeUndefined();
  });
});
