import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { berechneBudget } from './index.ts';

/**
 * Modellprojekt Bremerhaven, II.5: changes of working time are taken over "mit Inkrafttreten". A dated staff
 * plan change therefore never re-plans a quarter that ended before it, and a plan without changes is measured
 * exactly as before.
 */
const QUARTALE = Array.from({ length: 20 }, (_, i) => `${2025 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);
const stellen = fc.array(
  fc.record({
    art: fc.constantFrom('fachkraft' as const, 'semiprofessionell' as const),
    vk: fc.integer({ min: 1, max: 400 }).map((n) => n / 20),
    jahresstundenVk: fc.integer({ min: 1000, max: 2000 }),
  }),
  { minLength: 1, maxLength: 3 },
);
/** A day of the budget's period 2025–2029 after its first day. */
const tag = fc
  .integer({ min: 1, max: 1825 })
  .map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10))
  .filter((d) => d <= '2029-12-31');
const quartale = fc
  .subarray(QUARTALE, { minLength: 1 })
  .chain((labels) =>
    fc.tuple(
      ...labels.map((q) =>
        fc.integer({ min: 0, max: 5000 }).map((h) => ({ quartal: q, direktstunden: { fachkraft: h } })),
      ),
    ),
  );

const ende = (q: string) => {
  const [j, n] = [Number(q.slice(0, 4)), Number(q.slice(6))];
  return new Date(Date.UTC(j, n * 3, 0)).toISOString().slice(0, 10);
};

describe('Stellenplan mit Inkrafttreten — Eigenschaften', () => {
  it('eine Änderung ändert kein Quartal, das vor ihrem Tag endete', () => {
    fc.assert(
      fc.property(stellen, stellen, tag, quartale, (alt, neu, ab, qs) => {
        const basis = {
          gesamtbudget: '1000.00',
          basisleistung: { stunden: 10000 },
          beginn: '2025-01-01',
          direktanteil: 0.8,
          stellen: alt,
          quartale: qs,
        };
        const ohne = berechneBudget(basis);
        const mit = berechneBudget({ ...basis, stellenaenderungen: [{ ab, stellen: neu }] });
        mit.quartale.forEach((q, i) => {
          if (ende(q.quartal) < ab) expect(q).toEqual(ohne.quartale[i]);
        });
        expect(mit.stellenplaene?.[0]).toMatchObject({
          ab: '2025-01-01',
          planstundenJahr: ohne.planstundenJahr,
        });
      }),
      { numRuns: 200 },
    );
  });

  it('ab dem ersten vollen Quartal nach der Änderung gilt genau der neue Plan', () => {
    fc.assert(
      fc.property(stellen, stellen, tag, quartale, (alt, neu, ab, qs) => {
        const basis = {
          gesamtbudget: '1000.00',
          beginn: '2025-01-01',
          direktanteil: 0.8,
          basisleistung: { stunden: 10000 },
          quartale: qs,
        };
        const mit = berechneBudget({ ...basis, stellen: alt, stellenaenderungen: [{ ab, stellen: neu }] });
        const nurNeu = berechneBudget({ ...basis, stellen: neu });
        mit.quartale.forEach((q, i) => {
          const beginnQ = `${q.quartal.slice(0, 4)}-${String(Number(q.quartal.slice(6)) * 3 - 2).padStart(2, '0')}-01`;
          if (beginnQ >= ab) expect(q.plan).toBeCloseTo(nurNeu.quartale[i].plan, 6);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('ohne Änderung bleibt das Ergebnis wie bisher (kein Feld stellenplaene)', () => {
    fc.assert(
      fc.property(stellen, quartale, (alt, qs) => {
        const r = berechneBudget({
          gesamtbudget: '1000.00',
          basisleistung: { stunden: 10000 },
          beginn: '2025-01-01',
          direktanteil: 0.8,
          stellen: alt,
          quartale: qs,
        });
        expect(r.stellenplaene).toBeUndefined();
        for (const q of r.quartale) expect(q.plan).toBe(r.planstundenJahr / 4);
      }),
      { numRuns: 100 },
    );
  });
});
