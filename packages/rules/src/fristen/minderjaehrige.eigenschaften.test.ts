import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { berechneFristen } from './berechnen.ts';

/** KIJU: monthly contact with the custodians only while the young person is a minor, never before the start. */

const tag = (von: string, tage: number) =>
  fc.integer({ min: 0, max: tage }).map((n) => Temporal.PlainDate.from(von).add({ days: n }));

describe('Kontakt zu den Sorgeberechtigten — Eigenschaften', () => {
  it('kein Kontakt am oder nach dem 18. Geburtstag, keiner vor dem Hilfebeginn oder nach dem Ende, höchstens einer je Kalendermonat', () => {
    fc.assert(
      fc.property(
        tag('2003-01-01', 365 * 8),
        tag('2019-01-01', 365 * 6),
        fc.integer({ min: 0, max: 400 }),
        (geburt, beginn, dauer) => {
          fc.pre(Temporal.PlainDate.compare(geburt, beginn) <= 0);
          const ende = beginn.add({ days: dauer });
          const { fristen } = berechneFristen({
            leistung: 'kiju-nachbetreuung',
            variante: 'eigene-wohnung',
            geburtsdatum: geburt.toString(),
            hilfebeginn: beginn.toString(),
            geplantesEnde: ende.toString(),
            bis: ende.add({ days: 31 }).toString(),
          });
          const kontakte = fristen
            .filter((f) => f.regel === 'kontakt-sorgeberechtigte')
            .map((f) => f.faellig);
          // The 18th birthday; born on 29 February, 1 March in a common year (§ 188 (3) BGB).
          const jahr = geburt.year + 18;
          const achtzehn =
            geburt.month === 2 &&
            geburt.day === 29 &&
            !Temporal.PlainDate.from({ year: jahr, month: 1, day: 1 }).inLeapYear
              ? Temporal.PlainDate.from({ year: jahr, month: 3, day: 1 })
              : Temporal.PlainDate.from({ year: jahr, month: geburt.month, day: geburt.day });
          for (const k of kontakte) {
            expect(k < achtzehn.toString()).toBe(true);
            expect(k >= beginn.toString()).toBe(true);
            expect(k <= ende.toString()).toBe(true);
          }
          // At most one per calendar month.
          expect(new Set(kontakte.map((k) => k.slice(0, 7))).size).toBe(kontakte.length);
        },
      ),
    );
  });
});
