import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AbrechnungsHilfe, rechnungSumme, rechnungsPositionen, teileMinuten } from './index.ts';

const geld = fc.integer({ min: 0, max: 99_999_99 }).map((c) => (c / 100).toFixed(2));
const tag = fc.integer({ min: 1, max: 28 }).map((d) => `2024-02-${String(d).padStart(2, '0')}`);

const hilfe = fc
  .record({
    art: fc.constantFrom('fachleistungsstunde', 'monatspauschale', 'tagessatz'),
    satz: geld,
    beginn: fc.oneof(tag, fc.constant('2023-12-01')),
    ende: fc.oneof(fc.constant(null), fc.constant('2024-02-29'), fc.constant('2024-03-31')),
  })
  .map(
    ({ art, satz, beginn, ende }): Omit<AbrechnungsHilfe, 'id'> => ({
      aktenzeichenJugendamt: 'AZ',
      bewilligung: 'B',
      beginn,
      ende,
      entgelt:
        art === 'tagessatz'
          ? { art, satz, weiterePerson: { satz, zeitraeume: [{ von: beginn, bis: null }] } }
          : { art, satz },
    }),
  );

/** `YYYY-MM`, `plus` months after `jahr`-`monat`. */
function monatAb(jahr: number, monat: number, plus: number): string {
  const n = jahr * 12 + monat - 1 + plus;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

describe('Abrechnung — Eigenschaften', () => {
  it('die Rechnungssumme ist die Summe der Positionen (in Cent gezählt)', () => {
    fc.assert(
      fc.property(
        fc.array(hilfe, { maxLength: 8 }),
        fc.array(fc.record({ nr: fc.nat(7), datum: tag, minuten: fc.nat(600) }), { maxLength: 40 }),
        (hilfen, eintraege) => {
          const positionen = rechnungsPositionen({
            monat: '2024-02',
            hilfen: hilfen.map((h, i) => ({ ...h, id: `h${i}` })),
            eintraege: eintraege.map((e) => ({
              hilfeId: `h${e.nr}`,
              datum: e.datum,
              minuten: e.minuten,
              art: 'direkt',
            })),
          });
          const cents = positionen.reduce((s, p) => s + Math.round(Number(p.betrag) * 100), 0);
          expect(rechnungSumme(positionen)).toBe(new Decimal(cents).div(100).toFixed(2));
        },
      ),
    );
  });

  it('jede gültige Hilfe rechnet jeden Monat ab, und jede Position ergibt Menge × Satz ÷ Basismenge', () => {
    // Days from 01.06.2023 to 30.09.2024; a period is valid when its end is open or not before its start.
    const tagNr = fc.integer({ min: 0, max: 487 });
    const alsTag = (n: number) => new Date(Date.UTC(2023, 5, 1 + n)).toISOString().slice(0, 10);
    const zeitraum = fc
      .tuple(tagNr, fc.option(fc.nat(200)))
      .map(([von, dauer]) => ({ von: alsTag(von), bis: dauer === null ? null : alsTag(von + dauer) }));
    const gueltigeHilfe = fc
      .record({
        art: fc.constantFrom('fachleistungsstunde', 'monatspauschale', 'tagessatz'),
        satz: geld,
        zeitraum,
        weitere: fc.array(zeitraum, { maxLength: 3 }),
      })
      .map(
        ({ art, satz, zeitraum: z, weitere }): Omit<AbrechnungsHilfe, 'id'> => ({
          aktenzeichenJugendamt: 'AZ',
          bewilligung: 'B',
          beginn: z.von,
          ende: z.bis,
          entgelt:
            art === 'tagessatz'
              ? { art, satz, weiterePerson: { satz, zeitraeume: weitere } }
              : { art: art as 'fachleistungsstunde' | 'monatspauschale', satz },
        }),
      );
    const monat = fc.integer({ min: 0, max: 15 }).map((m) => monatAb(2023, 6, m));
    fc.assert(
      fc.property(
        monat,
        fc.array(gueltigeHilfe, { maxLength: 6 }),
        fc.array(fc.record({ nr: fc.nat(5), tag: tagNr, minuten: fc.nat(600) }), { maxLength: 30 }),
        (m, hilfen, eintraege) => {
          const positionen = rechnungsPositionen({
            monat: m,
            hilfen: hilfen.map((h, i) => ({ ...h, id: `h${i}` })),
            eintraege: eintraege.map((e) => ({
              hilfeId: `h${e.nr}`,
              datum: alsTag(e.tag),
              minuten: e.minuten,
              art: 'direkt',
            })),
          });
          for (const p of positionen) {
            expect(p.menge).toBeGreaterThan(0);
            const soll = new Decimal(p.menge).times(p.satz).div(p.basismenge ?? 1);
            expect(soll.minus(p.betrag).abs().lte('0.005')).toBe(true);
          }
        },
      ),
    );
  });

  it('die Anteile eines Gruppenangebots ergeben die Minuten, höchstens 1 Minute Unterschied', () => {
    fc.assert(
      fc.property(
        fc.nat(100_000),
        fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 30 }),
        (minuten, ids) => {
          const teile = teileMinuten(minuten, ids);
          expect(teile.reduce((s, t) => s + t.minuten, 0)).toBe(minuten);
          expect(teile.map((t) => t.hilfeId).sort()).toEqual([...ids].sort());
          const werte = teile.map((t) => t.minuten);
          expect(Math.max(...werte) - Math.min(...werte)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
