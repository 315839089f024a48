import { describe, expect, it } from 'vitest';
import {
  formatBetrag,
  formatDateigroesse,
  formatDatum,
  formatQuartal,
  formatTagVon,
  formatZeitpunkt,
  parseDatum,
} from './format';

describe('formatDatum', () => {
  it('shows ISO dates as TT.MM.JJJJ without touching time zones', () => {
    expect(formatDatum('2026-01-15')).toBe('15.01.2026');
    expect(formatDatum('2026-03-31T00:00:00.000Z')).toBe('31.03.2026');
    expect(formatDatum(null)).toBe('–');
  });
});

describe('parseDatum', () => {
  it('reads German dates, with or without leading zeros', () => {
    expect(parseDatum('15.01.2026')).toBe('2026-01-15');
    expect(parseDatum('1.2.2026')).toBe('2026-02-01');
  });
  it('refuses days that do not exist', () => {
    expect(parseDatum('31.02.2026')).toBeNull();
    expect(parseDatum('2026-01-15')).toBeNull();
  });
});

describe('formatBetrag', () => {
  it('writes euros the German way', () => {
    expect(formatBetrag(1234.5).replace(/\u00a0/g, ' ')).toBe('1.234,50 €');
    expect(formatBetrag('0.1').replace(/\u00a0/g, ' ')).toBe('0,10 €');
  });
});

describe('formatQuartal', () => {
  it('writes the API quarter key in the one German form of the screens', () => {
    expect(formatQuartal('2025-Q1')).toBe('1. Quartal 2025');
    expect(formatQuartal('2029-Q4')).toBe('4. Quartal 2029');
  });
});

describe('formatZeitpunkt', () => {
  it('shows a timestamp in Berlin time, also across the change to summer time', () => {
    expect(formatZeitpunkt('2026-01-15T13:03:00Z')).toBe('15.01.2026, 14:03');
    expect(formatZeitpunkt('2026-07-15T13:03:00Z')).toBe('15.07.2026, 15:03');
    expect(formatZeitpunkt(undefined)).toBe('–');
  });
});

describe('formatTagVon', () => {
  it('gives the Berlin calendar day of a timestamp, TT.MM.JJJJ', () => {
    expect(formatTagVon('2026-11-25T10:00:00Z')).toBe('25.11.2026');
    // 23:30 UTC on 31 December is already New Year in Berlin.
    expect(formatTagVon('2026-12-31T23:30:00Z')).toBe('01.01.2027');
  });
});

describe('formatDateigroesse', () => {
  it('writes file sizes the German way', () => {
    expect(formatDateigroesse(830)).toBe('830 Byte');
    expect(formatDateigroesse(12 * 1024 + 100)).toBe('12 KB');
    expect(formatDateigroesse(1.2 * 1024 * 1024)).toBe('1,2 MB');
    expect(formatDateigroesse(10 * 1024 * 1024)).toBe('10,0 MB');
  });
});
