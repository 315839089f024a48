import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { berechneEntgelt } from './entgelt.ts';

const cent = (n: number) => (n / 100).toFixed(2);
const geldArb = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map(cent);

/** Any valid D.8 input: variant, places, keys inside their ranges, optional extras. */
const d8Arb = fc
  .record({
    variante: fc.constantFrom(
      'gruppe-gering',
      'gruppe-regel',
      'gruppe-intensiv',
      'individual-gering',
      'individual-regel',
      'individual-intensiv',
    ),
    plaetze: fc.integer({ min: 2, max: 16 }),
    auslastung: fc.integer({ min: 920, max: 950 }).map((n) => n / 1000),
    fachkraft: geldArb(40000, 100000),
    leitung: geldArb(50000, 110000),
    sachkosten: geldArb(0, 200000),
    erstkalkulation: fc.boolean(),
    kinder: fc.integer({ min: 0, max: 3 }),
    nacht: fc.integer({ min: 0, max: 12 }),
    weitere: fc.integer({ min: 0, max: 2 }),
    schluesselAnteil: fc.integer({ min: 1, max: 99 }).map((n) => n / 100),
  })
  .map((r) => {
    const [form, stufe] = r.variante.split('-');
    const be = Math.max(1, Math.floor(r.plaetze / 2));
    const schluessel =
      form === 'gruppe'
        ? { gering: 2 + r.schluesselAnteil * 3, regel: 2, intensiv: 1 + r.schluesselAnteil * 0.99 }[stufe]
        : { gering: 0.25 + r.schluesselAnteil * 0.2, regel: 0.46, intensiv: 0.47 + r.schluesselAnteil }[
            stufe
          ];
    return {
      leistung: 'berlin-d8',
      variante: r.variante,
      stichtag: '2025-01-01',
      plaetze: r.plaetze,
      betreuungseinheiten: be,
      gruppen: 1,
      auslastung: r.auslastung,
      personalschluessel: Number(schluessel?.toFixed(4)),
      kinderbetreuungsgruppen: form === 'individual' && stufe !== 'gering' ? r.kinder : 0,
      weiterePersonen: r.weitere,
      ...(form === 'gruppe'
        ? { nachtbereitschaft: { stundenProNacht: r.nacht, naechte: 365, jahresstundenVk: 2000 } }
        : {}),
      erstkalkulation: r.erstkalkulation,
      personalkosten: { fachkraft: r.fachkraft, leitung: r.leitung },
      sachkosten: r.sachkosten,
    };
  });

const betrag = (s: string) => new Decimal(s);

describe('Eigenschaften der Entgeltkalkulation (D.8)', () => {
  it('die gerundet gezeigten Zeilen ergeben die Jahreskosten bis auf Rundung je Zeile', () => {
    fc.assert(
      fc.property(d8Arb, (eingabe) => {
        const r = berechneEntgelt(eingabe);
        const summe = r.zeilen.reduce((s, z) => s.plus(z.betrag), new Decimal(0));
        // Lines are shown rounded but summed unrounded: each line may be off by half a cent, plus the total's own.
        const toleranz = new Decimal('0.005').times(r.zeilen.length + 1);
        expect(summe.minus(r.jahreskosten).abs().lte(toleranz)).toBe(true);
      }),
    );
  });

  it('das Entgelt steigt mit jedem Kosteneingang', () => {
    const feldArb = fc.constantFrom('fachkraft', 'leitung', 'sachkosten');
    fc.assert(
      fc.property(d8Arb, feldArb, fc.integer({ min: 50000, max: 5000000 }), (eingabe, feld, plusCent) => {
        const mehr = structuredClone(eingabe);
        if (feld === 'sachkosten')
          mehr.sachkosten = betrag(mehr.sachkosten)
            .plus(plusCent / 100)
            .toFixed(2);
        else
          mehr.personalkosten[feld] = betrag(mehr.personalkosten[feld])
            .plus(plusCent / 100)
            .toFixed(2);
        const vorher = betrag(berechneEntgelt(eingabe).jahreskosten);
        const nachher = berechneEntgelt(mehr);
        expect(betrag(nachher.jahreskosten).gt(vorher)).toBe(true);
        expect(betrag(nachher.entgelt.betrag).gte(betrag(berechneEntgelt(eingabe).entgelt.betrag))).toBe(
          true,
        );
      }),
    );
  });

  it('das Entgelt sinkt mit steigender Auslastung', () => {
    fc.assert(
      fc.property(d8Arb, fc.integer({ min: 920, max: 949 }), (eingabe, promille) => {
        const niedrig = { ...eingabe, auslastung: promille / 1000 };
        const hoch = { ...eingabe, auslastung: (promille + 1) / 1000 };
        expect(
          betrag(berechneEntgelt(hoch).entgelt.betrag).lte(betrag(berechneEntgelt(niedrig).entgelt.betrag)),
        ).toBe(true);
      }),
    );
  });
});

describe('Eigenschaften LT 11 und Fachleistungsstunde', () => {
  it('die Zeilen ergeben die Jahreskosten; mehr Kosten heißt höheres Entgelt', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 140 }),
        geldArb(30000, 90000),
        geldArb(0, 50000),
        fc.integer({ min: 0, max: 1500 }).map((n) => n / 100),
        geldArb(1, 10000),
        (fallzahl, pk, sach, prozent, plus) => {
          const eingabe = {
            leistung: 'lt11-nachbetreuung',
            stichtag: '2025-01-01',
            fallzahl,
            personalkosten: { sozialpaedagogik: pk, erziehung: pk, leitung: pk },
            verwaltung: { prozent },
            sachkosten: sach,
          };
          const r = berechneEntgelt(eingabe);
          const summe = r.zeilen.reduce((s, z) => s.plus(z.betrag), new Decimal(0));
          expect(
            summe
              .minus(r.jahreskosten)
              .abs()
              .lte(new Decimal('0.005').times(r.zeilen.length + 1)),
          ).toBe(true);
          const mehr = berechneEntgelt({ ...eingabe, sachkosten: betrag(sach).plus(plus).toFixed(2) });
          expect(betrag(mehr.entgelt.betrag).gte(betrag(r.entgelt.betrag))).toBe(true);
        },
      ),
    );
  });
});
