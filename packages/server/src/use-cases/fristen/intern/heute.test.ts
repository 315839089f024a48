import { afterEach, describe, expect, it } from 'vitest';
import { festerStichtag, heute } from './heute.ts';

describe('heute', () => {
  const vorher = process.env.HILFEWERK_HEUTE;
  afterEach(() => {
    if (vorher === undefined) delete process.env.HILFEWERK_HEUTE;
    else process.env.HILFEWERK_HEUTE = vorher;
  });

  it('rechnet einen Zeitpunkt in den Berliner Kalendertag um (00:30 Berlin ist noch der Vortag in UTC)', () => {
    expect(heute(new Date('2026-03-09T23:30:00Z'))).toBe('2026-03-10');
    expect(heute(new Date('2026-07-31T21:59:00Z'))).toBe('2026-07-31');
    expect(heute(new Date('2026-07-31T22:00:00Z'))).toBe('2026-08-01');
  });

  it('nimmt ohne Argument den festen Stichtag aus HILFEWERK_HEUTE, mit Argument den Zeitpunkt', () => {
    process.env.HILFEWERK_HEUTE = '2027-02-28';
    expect(heute()).toBe('2027-02-28');
    expect(heute(new Date('2026-03-09T12:00:00Z'))).toBe('2026-03-09');
  });

  it('weist einen ungültigen Stichtag mit klarer Meldung ab', () => {
    process.env.HILFEWERK_HEUTE = '25.11.2026';
    expect(() => festerStichtag()).toThrow(
      /HILFEWERK_HEUTE „25.11.2026“ ist kein Datum im Format JJJJ-MM-TT/,
    );
    process.env.HILFEWERK_HEUTE = '2026-13-01';
    expect(() => festerStichtag()).toThrow(/kein Datum/);
    process.env.HILFEWERK_HEUTE = '2026-02-31';
    expect(() => festerStichtag()).toThrow(/kein Datum/);
    process.env.HILFEWERK_HEUTE = '2028-02-29';
    expect(festerStichtag()).toBe('2028-02-29');
  });

  it('ohne HILFEWERK_HEUTE gibt es keinen festen Stichtag', () => {
    process.env.HILFEWERK_HEUTE = '';
    expect(festerStichtag()).toBeUndefined();
  });
});
