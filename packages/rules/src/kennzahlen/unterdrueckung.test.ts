import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ueberMindestens, unterdrueckeTabelle, zaehlung } from './unterdrueckung.ts';

const SPALTEN = ['hilfen', 'aufnahmen', 'entlassungen'] as const;
type Spalte = (typeof SPALTEN)[number];
type Tabelle = Record<Spalte, number>[];

const tabelle = fc.array(
  fc.record({
    hilfen: fc.integer({ min: 0, max: 9 }),
    aufnahmen: fc.integer({ min: 0, max: 9 }),
    entlassungen: fc.integer({ min: 0, max: 9 }),
  }),
  { minLength: 1, maxLength: 5 },
);

/** Everything a reader of the published table sees. */
const veroeffentlicht = (t: Tabelle) => JSON.stringify(unterdrueckeTabelle(t, SPALTEN));

describe('Unterdrückung kleiner Zahlen', () => {
  it('publishes 0 and 3+, never 1 or 2; a mean over fewer than 3 is hidden', () => {
    expect([0, 1, 2, 3, 40].map((n) => zaehlung(n).wert)).toEqual([0, null, null, 3, 40]);
    expect(zaehlung(2).unterdrueckt).toBe(true);
    expect(ueberMindestens(2, 100)).toEqual({ wert: null, unterdrueckt: true });
    expect(ueberMindestens(3, 100)).toEqual({ wert: 100, unterdrueckt: false });
    expect(ueberMindestens(0, null)).toEqual({ wert: null, unterdrueckt: false });
  });

  it('hides the total of a column that has a hidden cell (otherwise total − published = the hidden one)', () => {
    const r = unterdrueckeTabelle(
      [
        { hilfen: 10, aufnahmen: 2, entlassungen: 4 },
        { hilfen: 7, aufnahmen: 5, entlassungen: 3 },
      ],
      SPALTEN,
    );
    expect(r.summen.aufnahmen).toEqual({ wert: null, unterdrueckt: true });
    expect(r.summen.hilfen).toEqual({ wert: 17, unterdrueckt: false });
    expect(r.zeilen[0].aufnahmen.unterdrueckt).toBe(true);
  });

  it('no published cell is 1 or 2, and every published total is the sum of published cells only', () => {
    fc.assert(
      fc.property(tabelle, (t) => {
        const r = unterdrueckeTabelle(t, SPALTEN);
        for (const s of SPALTEN) {
          for (const [i, z] of r.zeilen.entries()) {
            if (z[s].unterdrueckt) expect(z[s].wert).toBeNull();
            else expect(z[s].wert).toBe(t[i][s]);
            expect(z[s].wert === 1 || z[s].wert === 2).toBe(false);
          }
          const summe = r.summen[s];
          if (!summe.unterdrueckt) {
            expect(r.zeilen.every((z) => !z[s].unterdrueckt)).toBe(true);
            expect(summe.wert).toBe(r.zeilen.reduce((acc, z) => acc + (z[s].wert ?? 0), 0));
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a reader who knows the rule cannot compute a hidden 1–2 count from totals: another table gives the same page', () => {
    fc.assert(
      fc.property(tabelle, (t) => {
        const seite = veroeffentlicht(t);
        for (const s of SPALTEN) {
          for (const [i, zeile] of t.entries()) {
            const v = zeile[s];
            if (v < 1 || v > 2) continue;
            // Look for a different true table — this cell changed, alone or balanced by another hidden cell of
            // any column — that publishes exactly the same page. Found: the cell's value is not derivable.
            const andere: Tabelle[] = [];
            for (let w = 1; w <= 9; w++) {
              if (w === v) continue;
              const allein = t.map((z) => ({ ...z }));
              allein[i][s] = w;
              andere.push(allein);
              for (const [j, z] of t.entries()) {
                for (const s2 of SPALTEN) {
                  if (j === i && s2 === s) continue;
                  const ausgleich = z[s2] + (v - w);
                  if (ausgleich < 1) continue;
                  const paar = t.map((y) => ({ ...y }));
                  paar[i][s] = w;
                  paar[j][s2] = ausgleich;
                  andere.push(paar);
                }
              }
            }
            expect(andere.some((a) => veroeffentlicht(a) === seite)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
