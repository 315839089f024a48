import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EingabeFehler } from '../fehler.ts';
import {
  pflichtenFuer,
  pflichtStatus,
  pruefeErledigung,
  VORKOMMNIS_ARTEN,
  type VorkommnisEingabe,
} from './vorkommnis.ts';

const faelle = parse(readFileSync(new URL('./vorkommnis-faelle.yaml', import.meta.url), 'utf8')) as {
  name: string;
  eingabe: VorkommnisEingabe;
  erwartet: { art: string; frist: string; faelligAm: string }[];
}[];

describe('Vorkommnisse: welche Pflicht mit welcher Frist (YAML-Fälle)', () => {
  for (const f of faelle) {
    it(f.name, () => {
      expect(
        pflichtenFuer(f.eingabe).map(({ art, frist, faelligAm }) => ({ art, frist, faelligAm })),
      ).toEqual(f.erwartet);
    });
  }
  it('jede Art kommt in einem Fall vor', () => {
    expect(new Set(faelle.map((f) => f.eingabe.art))).toEqual(new Set(VORKOMMNIS_ARTEN));
  });
  it('jede Pflicht nennt ihre Grundlage', () => {
    for (const art of VORKOMMNIS_ARTEN)
      for (const p of pflichtenFuer({ art, datum: '2026-11-25', stationaer: true, bundesland: 'BE' }))
        expect(p.grundlage).toMatch(/§ 47|Leistungsbeschreibung/);
  });
});

describe('Stand und Prüfung einer Pflicht', () => {
  it('offen, überfällig, erledigt, unterblieben', () => {
    const p = { faelligAm: '2026-11-24', erledigtAm: null, grund: null };
    expect(pflichtStatus(p, '2026-11-24')).toBe('offen');
    expect(pflichtStatus(p, '2026-11-25')).toBe('ueberfaellig');
    expect(pflichtStatus({ ...p, erledigtAm: '2026-11-24' }, '2026-11-30')).toBe('erledigt');
    expect(pflichtStatus({ ...p, grund: 'volljährig' }, '2026-11-30')).toBe('unterblieben');
  });

  function fehler(f: () => void): Record<string, string> {
    try {
      f();
    } catch (e) {
      if (e instanceof EingabeFehler) return e.felder;
      throw e;
    }
    return {};
  }

  it('Datum in der Zukunft oder vor dem Vorkommnis, fehlender Empfänger → je Feld eine Meldung', () => {
    expect(
      fehler(() =>
        pruefeErledigung('aufsicht', { datum: '2026-11-26', weg: 'Fax' }, '2026-11-20', '2026-11-25'),
      ),
    ).toEqual({
      datum: 'Das Datum liegt in der Zukunft.',
      an: 'An welche Behörde ging die Meldung? Der Empfänger fehlt.',
    });
    expect(
      fehler(() =>
        pruefeErledigung(
          'jugendamt',
          { datum: '2026-11-19', an: 'ASD', weg: 'Telefon' },
          '2026-11-20',
          '2026-11-25',
        ),
      ),
    ).toEqual({ datum: 'Das Datum liegt vor dem Vorkommnis.' });
    expect(
      fehler(() =>
        pruefeErledigung(
          'sorgeberechtigte',
          { datum: '2026-11-20', an: 'Mutter', weg: 'Telefon' },
          '2026-11-20',
          '2026-11-25',
        ),
      ),
    ).toEqual({});
  });

  it('ein Grund ersetzt den Kontakt — nur nicht bei der Meldung nach § 47', () => {
    expect(
      fehler(() => pruefeErledigung('sorgeberechtigte', { grund: 'volljährig' }, '2026-11-20', '2026-11-25')),
    ).toEqual({});
    expect(
      Object.keys(
        fehler(() => pruefeErledigung('aufsicht', { grund: 'unnötig' }, '2026-11-20', '2026-11-25')),
      ),
    ).toEqual(['grund']);
  });
});
