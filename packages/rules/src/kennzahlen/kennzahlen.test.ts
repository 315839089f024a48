import { describe, expect, it } from 'vitest';
import { berechneKennzahlen } from './kennzahlen.ts';

// Hand-computed: 2026 has four Hilfen touching it and one outside.
const hilfen = [
  // admitted 2025, ended 31.01.2026: 2025-12-01 … 2026-01-31 = 31 + 31 = 62 days
  { beginn: '2025-12-01', ende: '2026-01-31', jugendamt: 'Wuppertal' },
  // admitted and ended 2026: 01.03.–30.06. = 31 + 30 + 31 + 30 = 122 days
  { beginn: '2026-03-01', ende: '2026-06-30', jugendamt: 'Wuppertal' },
  // admitted 2026, still running
  { beginn: '2026-05-15', ende: null, jugendamt: 'Bremerhaven' },
  // admitted and ended the same day: 1 day
  { beginn: '2026-07-01', ende: '2026-07-01', jugendamt: 'Berlin-Mitte' },
  // ended 2025: not in 2026 at all
  { beginn: '2024-01-01', ende: '2025-12-31', jugendamt: 'Wuppertal' },
];

describe('Kennzahlen eines Jahres', () => {
  it('zählt Aufnahmen, Entlassungen, Verweildauer, Jugendämter und Beschwerden wie definiert', () => {
    expect(berechneKennzahlen(2026, hilfen, 3)).toEqual({
      aufnahmen: 3,
      entlassungen: 3,
      // 62, 122, 1 → mean 185 / 3 = 61.67 → 61.7; median 62
      verweildauerTage: { mittel: 61.7, median: 62 },
      belegendeJugendaemter: [
        { name: 'Wuppertal', hilfen: 2 },
        { name: 'Berlin-Mitte', hilfen: 1 },
        { name: 'Bremerhaven', hilfen: 1 },
      ],
      beschwerden: 3,
    });
  });

  it('Median bei gerader Anzahl: Mittel der beiden mittleren', () => {
    const zwei = hilfen.slice(0, 2); // 62 and 122 days
    expect(berechneKennzahlen(2026, zwei, 0).verweildauerTage).toEqual({ mittel: 92, median: 92 });
  });

  it('ein Jahr ohne Entlassung hat keine Verweildauer (null, nicht 0)', () => {
    expect(berechneKennzahlen(2027, [{ beginn: '2027-02-01', ende: null, jugendamt: 'X' }], 0)).toEqual({
      aufnahmen: 1,
      entlassungen: 0,
      verweildauerTage: { mittel: null, median: null },
      belegendeJugendaemter: [{ name: 'X', hilfen: 1 }],
      beschwerden: 0,
    });
  });
});
