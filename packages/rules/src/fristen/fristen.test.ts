import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { istArbeitstag } from '../datum/arbeitstage.ts';
import { BUNDESLAENDER } from '../datum/feiertage.ts';
import { isoDatum, leseIsoDatum, plusTage } from '../datum/kalender.ts';
import { EingabeFehler } from '../fehler.ts';
import { berechneFristen } from './berechnen.ts';
import { fristenkataloge } from './regeln.ts';

const iso = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
  .map((t) => t.toISOString().slice(0, 10));
const tag = (s: string) => leseIsoDatum(s) as NonNullable<ReturnType<typeof leseIsoDatum>>;

/** Random but valid Hilfen of every Leistung, with events around the Hilfe. */
const hilfe = fc
  .record({
    leistung: fc.constantFrom(
      'bremerhaven-ambulant',
      'kiju-nachbetreuung',
      'lt11-nachbetreuung',
      'berlin-d8',
    ),
    variante: fc.constantFrom('eigene-wohnung', 'rueckfuehrung', undefined),
    minderjaehrig: fc.boolean(),
    bundesland: fc.constantFrom(...BUNDESLAENDER),
    hilfebeginn: iso,
    dauer: fc.integer({ min: 0, max: 700 }),
    begruendung: fc.boolean(),
    ereignisse: fc.array(
      fc.record({
        art: fc.constantFrom('hpg', 'abschlussgespraech', 'abstimmungsbedarf', 'krise'),
        versatz: fc.integer({ min: -60, max: 700 }),
        bekannt: fc.integer({ min: -120, max: 30 }),
      }),
      { maxLength: 5 },
    ),
    horizont: fc.integer({ min: 0, max: 900 }),
  })
  .map((h) => {
    const beginn = tag(h.hilfebeginn);
    // LT 11 only admits ends within its limit; keep the generated end inside 3 (or 6) months.
    const dauer = h.leistung === 'lt11-nachbetreuung' ? h.dauer % (h.begruendung ? 180 : 88) : h.dauer;
    return {
      leistung: h.leistung,
      variante: h.leistung === 'kiju-nachbetreuung' ? h.variante : undefined,
      minderjaehrig: h.minderjaehrig,
      bundesland: h.bundesland,
      hilfebeginn: h.hilfebeginn,
      geplantesEnde: isoDatum(plusTage(beginn, dauer)),
      ausnahmeBegruendung: h.begruendung ? 'begründeter Ausnahmefall' : null,
      ereignisse: h.ereignisse.map((e) => {
        const datum = plusTage(beginn, e.versatz);
        return { art: e.art, datum: isoDatum(datum), bekanntSeit: isoDatum(plusTage(datum, e.bekannt)) };
      }),
      bis: isoDatum(plusTage(beginn, h.horizont)),
    };
  });

describe('berechneFristen – Eigenschaften', () => {
  it('ist deterministisch', () => {
    fc.assert(
      fc.property(hilfe, (h) => {
        expect(berechneFristen(h)).toEqual(berechneFristen(structuredClone(h)));
      }),
    );
  });

  it('sortiert nach Fälligkeit, liefert nur bis `bis` und nur Regeln des Vertrags', () => {
    fc.assert(
      fc.property(hilfe, (h) => {
        const { fristen } = berechneFristen(h);
        const ids = new Set(
          fristenkataloge()
            .get(h.leistung)
            ?.regeln.map((r) => r.id),
        );
        fristen.forEach((f, i) => {
          expect(ids.has(f.regel)).toBe(true);
          expect(f.faellig <= h.bis).toBe(true);
          if (i > 0) expect(fristen[i - 1].faellig <= f.faellig).toBe(true);
        });
      }),
    );
  });

  it('verschobene Fälligkeiten sind Arbeitstage; "nach"-Fristen liegen nie vor ihrem Ereignis', () => {
    const nachRegeln = new Set([
      'handlungsplan',
      'hpg-ersthilfeplan',
      'bericht-halbjahr',
      'abstimmungsgespraech',
      'kriseninterventionsklaerung',
    ]);
    const verschoben = new Set([
      ...nachRegeln,
      'bericht-vor-hpg',
      'abschlussgespraech',
      'kontakt-sorgeberechtigte',
    ]);
    fc.assert(
      fc.property(hilfe, (h) => {
        for (const f of berechneFristen(h).fristen) {
          if (verschoben.has(f.regel)) expect(istArbeitstag(tag(f.faellig), h.bundesland)).toBe(true);
          if (nachRegeln.has(f.regel)) expect(f.faellig > f.ereignisDatum).toBe(true);
          if (f.regel === 'bericht-vor-hpg') expect(f.faellig < f.ereignisDatum).toBe(true);
          if (f.regel === 'abschlussgespraech') expect(f.faellig <= f.ereignisDatum).toBe(true);
        }
      }),
    );
  });

  it('kurzfristig genau dann, wenn der Termin erst nach der Fälligkeit bekannt wurde', () => {
    fc.assert(
      fc.property(hilfe, (h) => {
        for (const f of berechneFristen(h).fristen) {
          if (f.regel !== 'bericht-vor-hpg') {
            expect(f.hinweis).toBeNull();
            continue;
          }
          const ausloeser = h.ereignisse.filter(
            (e) => e.art === f.ausgeloestDurch && e.datum === f.ereignisDatum,
          );
          expect(ausloeser.length, 'die Frist nennt ein Ereignis, das es gibt').toBeGreaterThan(0);
          // Each triggering event yields its own deadline; two records of one date may differ in when
          // they became known, so the deadline must match one of them.
          const kurzfristig = f.hinweis === 'kurzfristig';
          expect(
            ausloeser.some((e) => e.bekanntSeit > f.faellig === kurzfristig),
            JSON.stringify(f),
          ).toBe(true);
        }
      }),
    );
  });
});

describe('berechneFristen – Eingabefehler', () => {
  const gut = {
    leistung: 'kiju-nachbetreuung',
    bundesland: 'NW',
    hilfebeginn: '2025-01-10',
    bis: '2025-12-31',
  };

  it.each([
    [null, 'JSON-Objekt'],
    [[], 'JSON-Objekt'],
    [{ ...gut, leistung: undefined }, 'leistung: fehlt'],
    [{ ...gut, hilfebeginn: undefined }, 'hilfebeginn: fehlt'],
    [{ ...gut, hilfebeginn: 20250110 }, 'hilfebeginn: muss ein Datum'],
    [{ ...gut, variante: 'eigene_wohnung' }, 'variante'],
    [{ ...gut, minderjaehrig: 'ja' }, 'minderjaehrig: muss true oder false sein'],
    [{ ...gut, ereignisse: [{ datum: '2025-02-01' }] }, 'ereignisse[0].art: fehlt'],
    [{ ...gut, ereignisse: [{ art: 'hpg', bekanntSeit: '2025-02-31' }] }, 'ereignisse[0].bekanntSeit'],
  ])('%j → %s', (eingabe, meldung) => {
    let fehler: unknown;
    try {
      berechneFristen(eingabe);
    } catch (e) {
      fehler = e;
    }
    expect(fehler).toBeInstanceOf(EingabeFehler);
    expect((fehler as Error).message).toContain(meldung);
  });

  it('das Bundesland fällt auf das Land der Vereinbarung zurück', () => {
    const { fristen } = berechneFristen({
      ...gut,
      bundesland: undefined,
      ereignisse: [{ art: 'krise', datum: '2025-06-12' }],
    });
    // Do 12.06.2025 + 7 = Do 19.06. Fronleichnam (NW) → Fr 20.06.
    expect(fristen.map((f) => f.faellig)).toEqual(['2025-06-20']);
  });
});
