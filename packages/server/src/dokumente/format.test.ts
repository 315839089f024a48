import { describe, expect, it } from 'vitest';
import { euroDe, mengeDe, summeBetraege, zahlDe } from './format.ts';

describe('deutsche Formate', () => {
  it('Beträge mit Tausenderpunkt, Komma und Euro, halb aufgerundet', () => {
    expect(euroDe('1234.5')).toBe('1.234,50 €');
    expect(euroDe('1234567.005')).toBe('1.234.567,01 €');
    expect(euroDe('0')).toBe('0,00 €');
    expect(zahlDe('-1000', 0)).toBe('−1.000');
  });

  it('Mengen mit so vielen Stellen, wie sie haben', () => {
    expect(mengeDe('21.5')).toBe('21,5');
    expect(mengeDe('3394.50')).toBe('3.394,5');
    expect(mengeDe('5')).toBe('5');
  });

  it('summiert Geld dezimal', () => {
    expect(summeBetraege(['0.10', '0.20'])).toBe('0.30');
  });
});
