import { describe, expect, it } from 'vitest';
import { EingabeFehler } from '../fehler.ts';
import { ladeLeistung, listeKatalog } from './leistung.ts';
import { parameterWert } from './parameter.ts';

describe('listeKatalog', () => {
  it('liefert die vier Leistungen in der Reihenfolge von docs/cli.md mit ihren Varianten', () => {
    const katalog = listeKatalog();
    expect(katalog.map((l) => l.id)).toEqual([
      'lt11-nachbetreuung',
      'kiju-nachbetreuung',
      'bremerhaven-ambulant',
      'berlin-d8',
    ]);
    expect(Object.keys(katalog[0]).sort()).toEqual(['id', 'rechtsgrundlage', 'titel', 'varianten']);
    expect(katalog[0].varianten).toEqual([]);
    expect(katalog[1].varianten).toEqual(['eigene-wohnung', 'rueckfuehrung', 'junge-muetter']);
    expect(katalog[2].varianten).toEqual(['p27-2', 'p30-1', 'p30-2', 'p31', 'p35']);
    expect(katalog[3].varianten).toEqual([
      'gruppe-gering',
      'gruppe-regel',
      'gruppe-intensiv',
      'individual-gering',
      'individual-regel',
      'individual-intensiv',
    ]);
    expect(katalog[3].rechtsgrundlage).toEqual(['§ 19 SGB VIII']);
  });
});

describe('ladeLeistung', () => {
  it('nennt bei unbekannter Id die gültigen', () => {
    expect(() => ladeLeistung('d8')).toThrow(EingabeFehler);
    expect(() => ladeLeistung('d8')).toThrow(/berlin-d8/);
  });
  it('liefert Ziele und Leistungen mit Quelle', () => {
    const d8 = ladeLeistung('berlin-d8');
    expect(d8.ziele.length).toBe(8);
    expect(d8.leistungen.every((l) => l.quelle.startsWith('Anlage D.8'))).toBe(true);
  });
});

describe('parameterWert', () => {
  it('liefert den Wert am ersten Gültigkeitstag mit Quelle', () => {
    expect(parameterWert('berlin-d8', 'qualitaetsbetrag', '2023-01-01')).toEqual({
      wert: 705,
      quelle: expect.stringContaining('705 € je vollbeschäftigte Fachkraft'),
      gueltigAb: '2023-01-01',
    });
  });
  it('ist vor der Gültigkeit nicht in Kraft statt 0', () => {
    expect(() => parameterWert('berlin-d8', 'qualitaetsbetrag', '2022-12-31')).toThrow(
      'ist am 31.12.2022 nicht in Kraft (gültig ab 01.01.2023)',
    );
  });
  it('weist einen Stichtag in falschem Format ab', () => {
    expect(() => parameterWert('berlin-d8', 'qualitaetsbetrag', '01.01.2023')).toThrow(EingabeFehler);
  });
});
