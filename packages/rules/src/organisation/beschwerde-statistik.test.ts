import { describe, expect, it } from 'vitest';
import { beschwerdeFristen } from './beschwerde-fristen.ts';
import { beschwerdeStatistik } from './beschwerde-statistik.ts';

const QUELLEN = ['oeffentlich', 'extern', 'adressat', 'mitarbeitende'] as const;

function b(
  quelle: (typeof QUELLEN)[number],
  eingegangenAm: string,
  bestaetigtAm: string | null,
  beantwortetAm: string | null,
  abgeschlossenAm: string | null,
) {
  return {
    quelle,
    eingegangenAm,
    ...beschwerdeFristen(eingegangenAm),
    bestaetigtAm,
    beantwortetAm,
    abgeschlossenAm,
  };
}

describe('beschwerdeStatistik', () => {
  // Hand-computed for 2026, today 25.11.2026:
  // A 05.01. acknowledged 08.01. (due 12.01., in time), answered 20.01. (due 02.02., in time), closed 25.01. → 20 days
  // B 30.01. acknowledged 10.02. (due 06.02., late), answered 10.03. (due 27.02., late), closed 10.03. → 39 days
  // C 15.03. acknowledged 16.03. (in time), answered 01.04. (due 12.04., in time), closed 15.04. → 31 days
  // D 01.03. never acknowledged (due 08.03., passed → late), not answered (due 29.03., passed → late)
  // E 20.11. open: acknowledgement due 27.11., answer due 18.12. — not yet judgeable
  // F 31.12.2025: another year, not counted
  const daten = [
    b('oeffentlich', '2026-01-05', '2026-01-08', '2026-01-20', '2026-01-25'),
    b('adressat', '2026-01-30', '2026-02-10', '2026-03-10', '2026-03-10'),
    b('mitarbeitende', '2026-03-15', '2026-03-16', '2026-04-01', '2026-04-15'),
    b('adressat', '2026-03-01', null, null, null),
    b('extern', '2026-11-20', null, null, null),
    b('extern', '2025-12-31', '2026-01-02', '2026-01-10', '2026-01-10'),
  ];

  it('counts by source and month, the median days to close and the in-time shares', () => {
    expect(beschwerdeStatistik(daten, 2026, QUELLEN, '2026-11-25')).toEqual({
      jahr: 2026,
      anzahl: 5,
      nachQuelle: { oeffentlich: 1, extern: 1, adressat: 2, mitarbeitende: 1 },
      nachMonat: [2, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0],
      // closed: 20, 39, 31 → median 31
      medianBearbeitungstage: 31,
      // judgeable A, B, C, D; in time A, C
      anteilBestaetigtInFrist: 0.5,
      anteilBeantwortetInFrist: 0.5,
    });
  });

  it('takes the mean of the two middle values for an even count, and null when nothing is judgeable', () => {
    const zwei = beschwerdeStatistik(daten.slice(0, 2), 2026, QUELLEN, '2026-11-25');
    expect(zwei.medianBearbeitungstage).toBe(29.5);
    const leer = beschwerdeStatistik([daten[4]], 2026, QUELLEN, '2026-11-25');
    expect(leer).toMatchObject({
      anzahl: 1,
      medianBearbeitungstage: null,
      anteilBestaetigtInFrist: null,
      anteilBeantwortetInFrist: null,
    });
    // Two days later E's acknowledgement is overdue: 0 of 1 in time.
    expect(beschwerdeStatistik([daten[4]], 2026, QUELLEN, '2026-11-28').anteilBestaetigtInFrist).toBe(0);
  });
});
