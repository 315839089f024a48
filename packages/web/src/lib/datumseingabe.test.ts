import { describe, expect, it } from 'vitest';
import { alsText, DATUM_FEHLT, datumFehler, istIsoDatum, wertAusText } from './datumseingabe';

describe('wertAusText', () => {
  it('turns a real day into ISO and an empty field into null', () => {
    expect(wertAusText('05.03.2026')).toBe('2026-03-05');
    expect(wertAusText('5.3.2026')).toBe('2026-03-05');
    expect(wertAusText('  ')).toBeNull();
  });
  it('keeps a text that is no day as typed, so the form does not lose it', () => {
    expect(wertAusText('31.02.2026')).toBe('31.02.2026');
    expect(wertAusText('15.01.')).toBe('15.01.');
  });
});

describe('alsText', () => {
  it('shows ISO dates as TT.MM.JJJJ and anything else unchanged', () => {
    expect(alsText('2026-03-05')).toBe('05.03.2026');
    expect(alsText('31.02.2026')).toBe('31.02.2026');
    expect(alsText(null)).toBe('');
  });
});

describe('istIsoDatum', () => {
  it('accepts only real days in ISO form', () => {
    expect(istIsoDatum('2028-02-29')).toBe(true);
    expect(istIsoDatum('2026-02-29')).toBe(false);
    expect(istIsoDatum('05.03.2026')).toBe(false);
    expect(istIsoDatum(null)).toBe(false);
  });
});

describe('datumFehler', () => {
  it('names the day that does not exist and how long the month is', () => {
    expect(datumFehler('31.02.2026')).toBe(
      'Den 31.02.2026 gibt es nicht: Der Februar 2026 hat 28 Tage. Bitte prüfen Sie den Tag.',
    );
    expect(datumFehler('30.02.2028')).toBe(
      'Den 30.02.2028 gibt es nicht: Der Februar 2028 hat 29 Tage. Bitte prüfen Sie den Tag.',
    );
    expect(datumFehler('31.04.2026')).toBe(
      'Den 31.04.2026 gibt es nicht: Der April 2026 hat 30 Tage. Bitte prüfen Sie den Tag.',
    );
  });
  it('explains a month beyond 12 and text that is no date at all', () => {
    expect(datumFehler('01.13.2026')).toBe(
      'Den Monat 13 gibt es nicht: Der Monat ist eine Zahl von 1 bis 12 (TT.MM.JJJJ).',
    );
    expect(datumFehler('morgen')).toBe(
      '„morgen“ ist kein Datum. Bitte geben Sie es im Format TT.MM.JJJJ ein, z. B. 05.03.2026.',
    );
  });
  it('asks for a required date and accepts a real one', () => {
    expect(datumFehler(null, true)).toBe(DATUM_FEHLT);
    expect(datumFehler('', false)).toBeNull();
    expect(datumFehler('2026-03-05', true)).toBeNull();
  });
});
