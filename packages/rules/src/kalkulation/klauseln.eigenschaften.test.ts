import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { berechneEntgelt } from './entgelt.ts';

/** Properties of the Anlage D.8 clauses that bound or only admonish a calculation (docs/regeln.md, Anlage D.8). */

const cent = (n: number) => (n / 100).toFixed(2);
const geldArb = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map(cent);

const basis = {
  leistung: 'berlin-d8',
  stichtag: '2025-01-01',
  auslastung: 0.93,
  personalkosten: { fachkraft: '68000.00', leitung: '85000.00' },
  sachkosten: '60000.00',
};

describe('Eigenschaften der Klauseln der Anlage D.8', () => {
  it('die Untergrenze der Ein-Gruppen-Einrichtung senkt die Betreuungs-VK nie und hebt sie auf genau 5,0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 3 }), (plaetze, gruppen) => {
        const r = berechneEntgelt({ ...basis, variante: 'gruppe-regel', plaetze, gruppen });
        const nachSchluessel = plaetze / 2;
        expect(r.vk.betreuung).toBeGreaterThanOrEqual(nachSchluessel);
        expect(r.vk.betreuung).toBe(gruppen === 1 ? Math.max(nachSchluessel, 5) : nachSchluessel);
        const qualitaet = r.zeilen.find((z) => z.id === 'qualitaet');
        expect(qualitaet?.menge).toBe(r.vk.betreuung);
      }),
    );
  });

  it('die hauswirtschaftliche Unterstützung erhöht die Jahreskosten um genau ihren Betrag (keine VK, kein Qualitätsbetrag, keine Vertretung)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 47, max: 120 }).map((n) => n / 100),
        geldArb(0, 80000),
        fc.boolean(),
        (schluessel, unterstuetzung, erstkalkulation) => {
          const ohne = {
            ...basis,
            variante: 'individual-intensiv',
            plaetze: 10,
            betreuungseinheiten: 5,
            personalschluessel: schluessel,
            erstkalkulation,
          };
          const a = berechneEntgelt(ohne);
          const b = berechneEntgelt({ ...ohne, hauswirtschaftlicheUnterstuetzung: unterstuetzung });
          expect(new Decimal(b.jahreskosten).minus(a.jahreskosten).toFixed(2)).toBe(unterstuetzung);
          expect(b.vk).toEqual(a.vk);
        },
      ),
    );
  });

  it('Individual gering wird für jeden Schlüssel über 0 und unter 0,46 gerechnet; gewarnt wird genau unter 0,25', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4599 }).map((n) => n / 10000),
        (schluessel) => {
          const r = berechneEntgelt({
            ...basis,
            variante: 'individual-gering',
            plaetze: 10,
            betreuungseinheiten: 5,
            personalschluessel: schluessel,
          });
          const ids = r.warnungen.map((w) => w.id);
          expect(ids.includes('mindeststandard-unterschritten')).toBe(schluessel < 0.25);
        },
      ),
    );
  });

  it('Kinder der internen Kinderbetreuung: unter 4 je Gruppe abgelehnt, über 6 gewarnt, dazwischen still', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 25 }), (gruppen, kinder) => {
        const eingabe = {
          ...basis,
          variante: 'individual-regel',
          plaetze: 10,
          betreuungseinheiten: 5,
          kinderbetreuungsgruppen: gruppen,
          kinder,
        };
        if (kinder < 4 * gruppen) {
          expect(() => berechneEntgelt(eingabe)).toThrow(/kinder: /);
          return;
        }
        const ids = berechneEntgelt(eingabe).warnungen.map((w) => w.id);
        expect(ids.includes('kinderbetreuung-gruppe-gross')).toBe(kinder > 6 * gruppen);
      }),
    );
  });

  it('jede Warnung trägt eine Id, ein Feld, einen Text und eine Quelle', () => {
    const r = berechneEntgelt({
      ...basis,
      variante: 'individual-gering',
      plaetze: 10,
      betreuungseinheiten: 5,
      personalschluessel: 0.1,
      personalkosten: { fachkraft: '200000.00', leitung: '85000.00' },
    });
    expect(r.warnungen.map((w) => w.id).sort()).toEqual([
      'arbeitgeberkosten-ausserhalb-band',
      'mindeststandard-unterschritten',
    ]);
    for (const w of r.warnungen) {
      expect(w.feld && w.text && w.quelle).toBeTruthy();
    }
  });
});
