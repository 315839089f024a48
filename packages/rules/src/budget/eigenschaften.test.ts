import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { berechneBudget } from './index.ts';

const cent = (c: bigint) => new Decimal(c.toString()).div(100).toFixed(2);

describe('berechneBudget — Eigenschaften', () => {
  it('die Raten ergeben das Budget auf den Cent, alle bis auf die letzte gleich, keine negativ', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 13n }),
        fc.integer({ min: 1, max: 600 }),
        (cents, monate) => {
          const { raten } = berechneBudget({
            gesamtbudget: cent(cents),
            beginn: '2025-01-01',
            monate,
            stellen: [],
          });
          expect(raten).toHaveLength(monate);
          const summe = raten.reduce((s, r) => s.plus(r.betrag), new Decimal(0));
          expect(summe.toFixed(2)).toBe(cent(cents));
          const ersteBetraege = new Set(raten.slice(0, -1).map((r) => r.betrag));
          expect(ersteBetraege.size).toBeLessThanOrEqual(1);
          const rate = new Decimal(raten[0].betrag);
          const letzte = new Decimal(raten[raten.length - 1].betrag);
          expect(rate.isNegative()).toBe(false);
          // The remainder is less than one cent per instalment.
          expect(letzte.minus(rate).times(100).lt(monate)).toBe(true);
        },
      ),
    );
  });

  it('Nachverhandlung genau dann, wenn 3 aufeinanderfolgende Quartale unter 90 % liegen', () => {
    const quartalsfolge = fc.array(
      fc.record({ luecke: fc.boolean(), stunden: fc.integer({ min: 0, max: 4000 }) }),
      {
        maxLength: 19,
      },
    );
    fc.assert(
      fc.property(quartalsfolge, (folge) => {
        let index = 2025 * 4;
        const quartale: { index: number; label: string; stunden: number }[] = [];
        for (const { luecke, stunden } of folge) {
          index += luecke ? 2 : 1;
          if (index > 2029 * 4 + 3) break;
          quartale.push({ index, label: `${Math.floor(index / 4)}-Q${(index % 4) + 1}`, stunden });
        }
        const ergebnis = berechneBudget({
          gesamtbudget: '1.00',
          beginn: '2025-01-01',
          direktanteil: 0.8,
          stellen: [{ art: 'fachkraft', vk: 10, jahresstundenVk: 1600 }],
          basisleistung: { stunden: 10000 },
          quartale: quartale.map((q) => ({ quartal: q.label, direktstunden: { fachkraft: q.stunden } })),
        });
        // Reference: plan 3200 h per quarter, threshold 2880 h; the first maximal run of length ≥ 3.
        let erwartet: string[] = [];
        let lauf: typeof quartale = [];
        for (const q of [...quartale, { index: -10, label: '', stunden: 99999 }]) {
          const weiter = q.stunden < 2880 && lauf.length > 0 && q.index === lauf[lauf.length - 1].index + 1;
          if (weiter) lauf.push(q);
          else {
            if (lauf.length >= 3 && erwartet.length === 0) erwartet = lauf.map((l) => l.label);
            lauf = q.stunden < 2880 ? [q] : [];
          }
        }
        expect(ergebnis.nachverhandlung).toEqual({ ausgeloest: erwartet.length > 0, quartale: erwartet });
      }),
    );
  });

  it('Umsteuerung: die Bewertung folgt dem Korridor 1,00–1,15, die Leitungsebene entscheidet genau außerhalb', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 1, max: 20000 }),
        (stunden, basis) => {
          const { umsteuerung } = berechneBudget({
            gesamtbudget: '1000.00',
            beginn: '2025-01-01',
            stellen: [{ art: 'fachkraft', vk: 10, jahresstundenVk: 1600 }],
            basisleistung: { stunden: basis },
            quartale: stunden.map((h, i) => ({
              quartal: `2025-Q${i + 1}`,
              direktstunden: { fachkraft: h },
            })),
          });
          expect(umsteuerung).toHaveLength(1);
          const [u] = umsteuerung;
          expect(u.erwartung).toEqual({ von: 1, bis: 1.15 });
          const erwartet = u.faktor < 1 ? 'darunter' : u.faktor > 1.15 ? 'darueber' : 'im-rahmen';
          expect(u.bewertung).toBe(erwartet);
          expect(u.leitungsentscheidung).toBe(erwartet !== 'im-rahmen');
          expect(Object.keys(u)).not.toContain('erreicht');
        },
      ),
    );
  });
});
