import { describe, expect, it } from 'vitest';
import { betragAlsText, betragAusText } from './betrag';

describe('Beträge der Zusatzleistungen', () => {
  it('liest deutsche Schreibweisen', () => {
    expect(betragAusText('120')).toBe('120.00');
    expect(betragAusText('75,5')).toBe('75.50');
    expect(betragAusText('1.234,56 €')).toBe('1234.56');
    expect(betragAusText('1234,56')).toBe('1234.56');
  });
  it('lehnt ab, was kein Betrag über 0 mit höchstens zwei Nachkommastellen ist', () => {
    for (const falsch of ['', '0', '0,00', '12,345', 'abc', '-5', '1.23,4', '12.5']) {
      expect(betragAusText(falsch), falsch).toBeNull();
    }
  });
  it('zeigt den Wert des Servers deutsch', () => {
    expect(betragAlsText('1234.50')).toBe('1.234,50');
    expect(betragAlsText('75.50')).toBe('75,50');
  });
});
