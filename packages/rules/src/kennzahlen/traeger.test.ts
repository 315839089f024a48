import { describe, expect, it } from 'vitest';
import { type TraegerSummen, traegerTabelle, veroeffentliche } from './traeger.ts';

const summen = (name: string, ueber: Partial<TraegerSummen>): TraegerSummen => ({
  id: name,
  name,
  hilfenImJahr: 5,
  aufnahmen: 3,
  entlassungen: 0,
  beschwerden: 0,
  verweildauerSumme: 0,
  verweildauerMedian: null,
  minuten: 90,
  budget: null,
  ...ueber,
});

describe('veroeffentliche', () => {
  it('gives plain numbers, null for 1–2 with unterdrueckt and the names of the hidden figures', () => {
    const t = traegerTabelle(
      [
        summen('A', { entlassungen: 1, verweildauerSumme: 40, verweildauerMedian: 40, beschwerden: 2 }),
        summen('B', { hilfenImJahr: 7, aufnahmen: 4, beschwerden: 3 }),
      ],
      { entlassungen: 1, verweildauerSumme: 40, verweildauerMedian: 40 },
    );
    expect(veroeffentliche(t.traeger[0])).toEqual({
      hilfenImJahr: 5,
      aufnahmen: 3,
      entlassungen: null,
      beschwerden: null,
      verweildauerTage: { mittel: null, median: null },
      stunden: 1.5,
      unterdrueckt: true,
      unterdrueckteFelder: [
        'entlassungen',
        'beschwerden',
        'verweildauerTage.mittel',
        'verweildauerTage.median',
      ],
    });
    // Nothing hidden: a null is "nothing to compute" (no discharge, no mean), not a suppressed figure.
    expect(veroeffentliche(t.traeger[1])).toMatchObject({
      hilfenImJahr: 7,
      beschwerden: 3,
      verweildauerTage: { mittel: null, median: null },
      unterdrueckt: false,
      unterdrueckteFelder: [],
    });
    // A column with a hidden cell hides its total too.
    expect(veroeffentliche(t.summe)).toMatchObject({
      hilfenImJahr: 12,
      aufnahmen: 7,
      entlassungen: null,
      beschwerden: null,
      unterdrueckt: true,
    });
  });
});
