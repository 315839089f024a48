import { describe, expect, it } from 'vitest';
import { beschwerdeFristen, beschwerdeUebergangErlaubt } from './beschwerde-fristen.ts';

describe('beschwerdeFristen', () => {
  it('confirms within 7 and answers within 28 calendar days, across a month end', () => {
    expect(beschwerdeFristen('2026-11-25')).toEqual({
      bestaetigungFaellig: '2026-12-02',
      antwortFaellig: '2026-12-23',
    });
  });
  it('moves only forward', () => {
    expect(beschwerdeUebergangErlaubt('eingegangen', 'in_bearbeitung')).toBe(true);
    expect(beschwerdeUebergangErlaubt('eingegangen', 'beantwortet')).toBe(true);
    expect(beschwerdeUebergangErlaubt('beantwortet', 'in_bearbeitung')).toBe(false);
    expect(beschwerdeUebergangErlaubt('abgeschlossen', 'abgeschlossen')).toBe(false);
  });
});
