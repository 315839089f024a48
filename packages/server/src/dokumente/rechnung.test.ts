import { describe, expect, it } from 'vitest';
import { leitwegIdGueltig, pruefeRechnung } from './rechnung.ts';
import { beispielRechnung } from './test-hilfen/beispiele.ts';

describe('leitwegIdGueltig', () => {
  it('nimmt Leitweg-IDs mit richtiger Prüfziffer an', () => {
    // Examples from the Leitweg-ID format specification and the common test id.
    expect(leitwegIdGueltig('04011000-1234512345-06')).toBe(true);
    expect(leitwegIdGueltig('991-33333TEST-33')).toBe(true);
    expect(leitwegIdGueltig('05124000-12345-77')).toBe(true);
  });

  it('verweigert falsche Prüfziffern und Formen', () => {
    expect(leitwegIdGueltig('05124000-12345-67')).toBe(false);
    expect(leitwegIdGueltig('05124000')).toBe(false);
    expect(leitwegIdGueltig('0-12345-77')).toBe(false);
  });
});

describe('pruefeRechnung', () => {
  it('nimmt eine stimmige Rechnung an', () => {
    expect(() => pruefeRechnung(beispielRechnung)).not.toThrow();
  });

  it('verlangt Steuernummer oder USt-IdNr.', () => {
    const ohne = {
      ...beispielRechnung,
      verkaeufer: { ...beispielRechnung.verkaeufer, steuernummer: undefined },
    };
    expect(() => pruefeRechnung(ohne)).toThrow(/Steuernummer oder USt-IdNr/);
  });
});
