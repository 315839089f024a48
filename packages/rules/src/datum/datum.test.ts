import Holidays from 'date-holidays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  istArbeitstag,
  istWerktag,
  nterWerktagNach,
  verschiebeRueckwaerts,
  verschiebeVorwaerts,
} from './arbeitstage.ts';
import { BUNDESLAENDER, type Bundesland, feiertage, istFeiertag } from './feiertage.ts';
import {
  formatiereDatum,
  isoDatum,
  leseIsoDatum,
  periodenende,
  plusMonate,
  plusMonateMitKappung,
  plusTage,
  vergleicheDatum,
} from './kalender.ts';

const d = (iso: string) => {
  const datum = leseIsoDatum(iso);
  if (!datum) throw new Error(`Testdatum ${iso}`);
  return datum;
};

describe('Kalender', () => {
  it('liest nur ISO-Daten, die es gibt', () => {
    expect(isoDatum(d('2024-02-29'))).toBe('2024-02-29');
    for (const falsch of [
      '2025-02-29',
      '2025-13-01',
      '2025-00-10',
      '15.01.2025',
      '2025-1-5',
      '20255-01-01',
      '1899-12-31',
    ]) {
      expect(leseIsoDatum(falsch), falsch).toBeUndefined();
    }
  });

  it('formatiert TT.MM.JJJJ', () => {
    expect(formatiereDatum(d('2025-04-04'))).toBe('04.04.2025');
  });

  it('plusMonate kappt auf das Monatsende', () => {
    expect(isoDatum(plusMonate(d('2025-08-31'), 6))).toBe('2026-02-28');
    expect(isoDatum(plusMonate(d('2027-08-31'), 6))).toBe('2028-02-29');
    expect(isoDatum(plusMonate(d('2025-03-31'), -1))).toBe('2025-02-28');
    expect(isoDatum(plusMonate(d('2025-11-15'), 3))).toBe('2026-02-15');
  });

  it('periodenende nach §§ 187 Abs. 2, 188 BGB (Beispiele aus docs/regeln.md)', () => {
    expect(isoDatum(periodenende(d('2025-01-15'), 3))).toBe('2025-04-14');
    expect(isoDatum(periodenende(d('2025-08-31'), 6))).toBe('2026-02-28');
    expect(isoDatum(periodenende(d('2025-08-28'), 6))).toBe('2026-02-27');
    expect(isoDatum(periodenende(d('2025-01-01'), 12))).toBe('2025-12-31');
  });

  it('plusTage über Jahresgrenzen', () => {
    expect(isoDatum(plusTage(d('2024-12-31'), 1))).toBe('2025-01-01');
    expect(isoDatum(plusTage(d('2025-01-01'), -1))).toBe('2024-12-31');
    expect(isoDatum(plusTage(d('2024-01-01'), 366 + 365))).toBe('2026-01-01');
  });
});

describe('Feiertage aus date-holidays', () => {
  it('kennt die 16 Länder wie die Bibliothek', () => {
    expect(Object.keys(new Holidays().getStates('DE') ?? {}).sort()).toEqual([...BUNDESLAENDER].sort());
  });

  it.each([
    ['2025-03-08', 'BE', true],
    ['2025-05-08', 'BE', true],
    ['2026-05-08', 'BE', false],
    ['2025-05-08', 'HB', false],
    ['2025-10-31', 'HB', true],
    ['2025-10-31', 'NW', false],
    ['2025-06-19', 'NW', true],
    ['2025-11-01', 'NW', true],
    ['2025-11-01', 'HB', false],
    ['2025-04-18', 'HB', true],
    ['2025-12-24', 'HB', false],
  ] as const)('%s in %s ist Feiertag: %s', (iso, land, erwartet) => {
    expect(istFeiertag(d(iso), land)).toBe(erwartet);
  });

  it('nur gesetzliche Feiertage (type public)', () => {
    const namen = feiertage(2025, 'NW').map((f) => f.name);
    expect(namen).toContain('Fronleichnam');
    expect(namen).not.toContain('Valentinstag');
  });
});

describe('Arbeitstage und Werktage', () => {
  it('Samstag ist Werktag, aber kein Arbeitstag', () => {
    expect(istWerktag(d('2025-04-19'), 'HB')).toBe(true);
    expect(istArbeitstag(d('2025-04-19'), 'HB')).toBe(false);
    expect(istWerktag(d('2025-04-18'), 'HB')).toBe(false);
  });

  it('verschiebt über Ostern vorwärts und rückwärts', () => {
    expect(isoDatum(verschiebeVorwaerts(d('2025-04-18'), 'HB'))).toBe('2025-04-22');
    expect(isoDatum(verschiebeRueckwaerts(d('2025-04-21'), 'HB'))).toBe('2025-04-17');
  });

  it('7. Werktag nach Do 10.04.2025 überspringt Sonntag und Karfreitag', () => {
    expect(isoDatum(nterWerktagNach(d('2025-04-10'), 7, 'HB'))).toBe('2025-04-19');
    expect(isoDatum(nterWerktagNach(d('2025-04-10'), 7, 'HB', 'arbeitstag'))).toBe('2025-04-23');
  });
});

const datum = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2150, 11, 31)), noInvalidDate: true })
  .map((t) => d(t.toISOString().slice(0, 10)));
const land = fc.constantFrom<Bundesland>(...BUNDESLAENDER);

describe('Eigenschaften', () => {
  it('verschobene Tage sind immer Arbeitstage, nie in die falsche Richtung', () => {
    fc.assert(
      fc.property(datum, land, (tag, l) => {
        const vor = verschiebeVorwaerts(tag, l);
        const zurueck = verschiebeRueckwaerts(tag, l);
        return (
          istArbeitstag(vor, l) &&
          istArbeitstag(zurueck, l) &&
          vergleicheDatum(vor, tag) >= 0 &&
          vergleicheDatum(zurueck, tag) <= 0
        );
      }),
    );
  });

  it('periodenende(S, n) liegt vor plusMonate(S, n), gleich nur bei Kappung', () => {
    fc.assert(
      fc.property(datum, fc.integer({ min: 1, max: 60 }), (s, n) => {
        const { datum: plus, gekappt } = plusMonateMitKappung(s, n);
        const ende = periodenende(s, n);
        return gekappt ? vergleicheDatum(ende, plus) === 0 : vergleicheDatum(plusTage(ende, 1), plus) === 0;
      }),
    );
  });

  it('plusMonate stimmt mit Temporal.add (constrain) überein', () => {
    fc.assert(
      fc.property(datum, fc.integer({ min: -120, max: 120 }), (s, n) => {
        return plusMonate(s, n).equals(s.add({ months: n }));
      }),
    );
  });

  it('plusTage stimmt mit Temporal.add überein', () => {
    fc.assert(
      fc.property(datum, fc.integer({ min: -2000, max: 2000 }), (s, n) =>
        plusTage(s, n).equals(s.add({ days: n })),
      ),
    );
  });

  it('der n-te Werktag ist ein Werktag nach dem Ereignis', () => {
    fc.assert(
      fc.property(datum, fc.integer({ min: 1, max: 30 }), land, (e, n, l) => {
        const t = nterWerktagNach(e, n, l);
        return istWerktag(t, l) && vergleicheDatum(t, e) > 0;
      }),
    );
  });
});
