import { describe, expect, it } from 'vitest';
import type { EingabeFeld } from './api';
import {
  baueEingabe,
  bereichsfehler,
  differenzCent,
  fehlerJeFeld,
  lesbareMeldung,
  mitVorgaben,
  szenarioAus,
} from './eingabe';

const felder: EingabeFeld[] = [
  { feld: 'plaetze', label: 'Plätze', art: 'ganzzahl', standard: 10 },
  { feld: 'auslastung', label: 'Auslastung', art: 'anteil', standard: 0.935 },
  { feld: 'personalschluessel', label: 'Schlüssel', art: 'fest', standard: 2 },
  { feld: 'personalkosten.fachkraft', label: 'PK', art: 'geld', standard: '68000.00' },
  { feld: 'erstkalkulation', label: 'Erst', art: 'ja-nein', standard: true },
  { feld: 'nebenkosten', label: 'NK', art: 'geld', standard: null, optional: true },
  { feld: 'nacht.stunden', label: 'h', art: 'zahl', standard: 0, optional: true, gruppe: 'nacht' },
  { feld: 'nacht.naechte', label: 'n', art: 'ganzzahl', standard: 0, optional: true, gruppe: 'nacht' },
];

describe('Kalkulation form values', () => {
  it('fills defaults (shares in percent) and builds the nested engine input', () => {
    const werte = mitVorgaben({ plaetze: 12 }, felder);
    expect(werte).toMatchObject({ plaetze: 12, auslastung: 93.5, 'personalkosten.fachkraft': 68000 });
    const eingabe = baueEingabe(
      { leistung: 'berlin-d8', variante: 'gruppe-regel', stichtag: '2025-01-01', werte },
      felder,
      true,
    );
    expect(eingabe).toEqual({
      leistung: 'berlin-d8',
      variante: 'gruppe-regel',
      stichtag: '2025-01-01',
      plaetze: 12,
      auslastung: 0.935,
      personalkosten: { fachkraft: '68000.00' },
      erstkalkulation: true,
    });
    const mitNacht = baueEingabe(
      {
        leistung: 'berlin-d8',
        variante: 'gruppe-regel',
        stichtag: '2025-01-01',
        werte: { ...werte, 'nacht.stunden': 8, 'nacht.naechte': 365 },
      },
      felder,
      true,
    );
    expect(mitNacht?.nacht).toEqual({ stunden: 8, naechte: 365 });
  });

  it('reads a saved input back and puts server messages at the fields', () => {
    const s = szenarioAus(
      {
        leistung: 'berlin-d8',
        variante: 'gruppe-regel',
        stichtag: '2025-01-01',
        auslastung: 0.93,
        personalkosten: { fachkraft: '70000.50' },
      },
      felder,
    );
    expect(s.werte).toMatchObject({
      auslastung: 93,
      'personalkosten.fachkraft': 70000.5,
      plaetze: 10,
      nebenkosten: null,
    });
    expect(fehlerJeFeld({ personalkosten: 'fehlt', stichtag: 'zu früh', x: 'anderes' }, felder)).toEqual({
      amFeld: { 'personalkosten.fachkraft': 'fehlt', stichtag: 'zu früh' },
      uebrig: ['anderes'],
    });
    expect(differenzCent('140.38', '137.43')).toBe(-295);
  });
});

describe('Meldungen am Feld in den Worten der Nutzerin', () => {
  const direkt: EingabeFeld = {
    feld: 'direktanteil',
    label: 'Direkter Anteil (am Klienten)',
    art: 'anteil',
    standard: 0.75,
    min: 0,
    minOffen: true,
    max: 1,
  };
  it('nennt Beschriftung und Einheit statt des internen Feldnamens, einmal', () => {
    expect(bereichsfehler(direkt, 150)).toBe('Direkter Anteil (am Klienten): höchstens 100 %');
    expect(bereichsfehler(direkt, 0)).toBe('Direkter Anteil (am Klienten): über 0 %');
    expect(bereichsfehler(direkt, 75)).toBeUndefined();
    expect(bereichsfehler(direkt, null)).toBeUndefined();
    const plaetze: EingabeFeld = {
      feld: 'plaetze',
      label: 'Plätze',
      art: 'ganzzahl',
      einheit: 'Personen',
      standard: 10,
      min: 1,
    };
    expect(bereichsfehler(plaetze, 0)).toBe('Plätze: mindestens 1 Personen');
    const geld: EingabeFeld = {
      feld: 'sachkosten',
      label: 'Sachkosten',
      art: 'geld',
      standard: '1.00',
      min: 0,
    };
    expect(bereichsfehler(geld, -5)).toBe('Sachkosten: mindestens 0,00 €');
  });
  it('ersetzt den Feldnamen einer Meldung des Rechenkerns durch die Beschriftung', () => {
    expect(lesbareMeldung('Eingabe ungültig: direktanteil darf höchstens 1 sein', direkt)).toBe(
      'Direkter Anteil (am Klienten): darf höchstens 1 sein',
    );
    expect(lesbareMeldung('direktanteil: Zahl erwartet', direkt)).toBe(
      'Direkter Anteil (am Klienten): Zahl erwartet',
    );
    expect(lesbareMeldung('Auslastung 0,90 liegt außerhalb 92–95 %', undefined)).toBe(
      'Auslastung 0,90 liegt außerhalb 92–95 %',
    );
  });
});
