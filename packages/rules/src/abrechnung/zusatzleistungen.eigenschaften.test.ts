import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AbrechnungsHilfe, rechnungsPositionen } from './index.ts';

/**
 * D.8 individuelle Zusatzleistungen and Bremerhaven § 39 Sonderbedarfe are billed outside the rate or budget:
 * over the months of a Hilfe each one inside its period is billed exactly once, at its amount; none outside.
 */
const MONATE = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
const tagIn2026 = fc
  .integer({ min: 0, max: 364 })
  .map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));

describe('Zusatzleistungen — Eigenschaften', () => {
  it('jede Zusatzleistung in der Laufzeit wird genau einmal abgerechnet, keine außerhalb', () => {
    fc.assert(
      fc.property(
        fc.tuple(tagIn2026, tagIn2026).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
        fc.constantFrom('tagessatz', 'traegerbudget'),
        fc.array(fc.record({ datum: tagIn2026, cent: fc.integer({ min: 1, max: 10_000_00 }) }), {
          maxLength: 12,
        }),
        ([beginn, ende], art, zusatz) => {
          const hilfe: AbrechnungsHilfe = {
            id: 'h',
            aktenzeichenJugendamt: 'AZ',
            bewilligung: 'B',
            beginn,
            ende,
            entgelt: art === 'tagessatz' ? { art, satz: '100.00' } : { art: 'traegerbudget' },
            zusatzleistungen: zusatz.map((z, i) => ({
              datum: z.datum,
              text: `Z${i}`,
              betrag: (z.cent / 100).toFixed(2),
              genehmigung: `G${i}`,
            })),
          };
          const zeilen = MONATE.flatMap((monat) => rechnungsPositionen({ monat, hilfen: [hilfe] })).filter(
            (p) => p.zusatz !== undefined,
          );
          const erwartet = hilfe.zusatzleistungen?.filter((z) => z.datum >= beginn && z.datum <= ende) ?? [];
          expect(zeilen.map((p) => p.zusatz).sort()).toEqual(erwartet.map((z) => z.text).sort());
          const summe = zeilen.reduce((s, p) => s.plus(p.betrag), new Decimal(0));
          expect(summe.toFixed(2)).toBe(
            erwartet.reduce((s, z) => s.plus(z.betrag), new Decimal(0)).toFixed(2),
          );
          for (const p of zeilen) {
            expect(p).toMatchObject({ menge: 1, einheitCode: 'C62', zeitraumVon: p.zeitraumBis });
            expect(p.satz).toBe(p.betrag);
          }
          // The budget pays the Hilfe: under it, nothing but the Zusatzleistungen is billed.
          if (art === 'traegerbudget') {
            const alle = MONATE.flatMap((monat) => rechnungsPositionen({ monat, hilfen: [hilfe] }));
            expect(alle).toHaveLength(zeilen.length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
