import { describe, expect, it } from 'vitest';
import { abweichungen } from './vergleich.ts';

describe('erwartet: genau die genannten Felder, jede Liste ganz', () => {
  it('prüft nur die Felder, die ein Fall nennt', () => {
    expect(abweichungen({ betrag: '1.00', quelle: 'lang' }, { betrag: '1.00' })).toEqual([]);
  });

  it('meldet einen abweichenden Wert mit Pfad', () => {
    expect(abweichungen({ a: { b: '2.00' } }, { a: { b: '1.00' } })).toEqual([
      'ergebnis.a.b: erwartet "1.00", erhalten "2.00"',
    ]);
  });

  it('unterscheidet Zahl und Dezimaltext', () => {
    expect(abweichungen({ betrag: 139.28 }, { betrag: '139.28' })).toHaveLength(1);
  });

  it('lässt eine zusätzliche Zeile scheitern', () => {
    const ist = { zeilen: [{ id: 'a' }, { id: 'b' }] };
    expect(abweichungen(ist, { zeilen: [{ id: 'a' }] })).toEqual([
      'ergebnis.zeilen: 1 Zeilen erwartet, erhalten 2; zusätzlich {"id":"b"}',
    ]);
  });

  it('lässt eine fehlende Zeile scheitern', () => {
    expect(abweichungen({ zeilen: [{ id: 'a' }] }, { zeilen: [{ id: 'a' }, { id: 'b' }] })).toEqual([
      'ergebnis.zeilen[1]: Objekt erwartet, erhalten nichts',
    ]);
  });

  it('vergleicht Zeilen in ihrer Reihenfolge', () => {
    expect(abweichungen([{ id: 'b' }, { id: 'a' }], [{ id: 'a' }, { id: 'b' }])).toHaveLength(2);
  });

  it('verlangt eine leere Liste, wo der Fall eine leere nennt', () => {
    expect(abweichungen({ warnungen: ['x'] }, { warnungen: [] })).toHaveLength(1);
    expect(abweichungen({ warnungen: [] }, { warnungen: [] })).toEqual([]);
  });

  it('meldet ein genanntes Feld, das das Ergebnis nicht hat, auch wenn null erwartet ist', () => {
    expect(abweichungen({}, { ende: null })).toEqual([
      'ergebnis.ende: erwartet null, das Ergebnis hat dieses Feld nicht',
    ]);
  });
});
