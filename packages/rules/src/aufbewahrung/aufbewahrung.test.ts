import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EingabeFehler } from '../fehler.ts';
import {
  type AufbewahrungsEingabe,
  aufbewahrungsende,
  istErziehungshilfe,
  istFaellig,
} from './aufbewahrung.ts';

const faelle = parse(readFileSync(new URL('./faelle.yaml', import.meta.url), 'utf8')) as {
  name: string;
  eingabe: AufbewahrungsEingabe;
  erwartet: Record<string, string>;
}[];

describe('Aufbewahrungsfrist (YAML-Fälle, von Hand gerechnet)', () => {
  it.each(faelle)('$name', ({ eingabe, erwartet }) => {
    expect(aufbewahrungsende(eingabe)).toMatchObject(erwartet);
  });
});

describe('Erziehungshilfe nach der Rechtsgrundlage', () => {
  it.each([
    ['§ 27 SGB VIII', true],
    ['§ 34 SGB VIII', true],
    ['§ 27 Abs. 2 i. V. m. § 35a SGB VIII', true],
    ['§ 41 SGB VIII', true],
    ['§ 19 SGB VIII', false],
    ['§ 13 Abs. 3 SGB VIII', false],
    ['§ 36 SGB VIII', false],
    ['§ 30 SGB XII', false],
  ])('%s → %s', (rg, erwartet) => {
    expect(istErziehungshilfe(rg)).toBe(erwartet);
  });
});

describe('fällig', () => {
  it('is due the day after the period ends, not on its last day', () => {
    const e = aufbewahrungsende({ geburtsdatum: null, angelegtAm: '2015-09-30', hilfen: [] });
    expect(istFaellig(e, '2025-09-30')).toBe(false);
    expect(istFaellig(e, '2025-10-01')).toBe(true);
  });

  it('refuses an impossible date with the field', () => {
    expect(() =>
      aufbewahrungsende({ geburtsdatum: '2010-02-30', angelegtAm: '2020-01-01', hilfen: [] }),
    ).toThrow(EingabeFehler);
  });
});
