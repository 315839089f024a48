import type { Kalkulationsblatt } from '../kalkulationsblatt.ts';
import type { Rechnung } from '../rechnung.ts';

/** A hand-computed D.8 group calculation: the lines add up to 456,505.00 €; ÷ 3,394.5 days = 134.48 €. */
export const beispielKalkulation: Kalkulationsblatt = {
  organisation: 'Mutter-Kind-Haus Spree gGmbH',
  leistungTitel: 'Gemeinsame Wohnformen für Mütter/Väter und Kinder (Anlage D.8)',
  variante: 'Gruppe Regel',
  stichtag: '2025-01-01',
  eingaben: [
    { label: 'Plätze', wert: '10' },
    { label: 'Gruppen', wert: '1' },
    { label: 'Auslastung', wert: '93 %' },
    { label: 'Arbeitgeberkosten je VK Fachkraft', wert: '68.000,00 €' },
    { label: 'Arbeitgeberkosten je VK Leitung', wert: '80.000,00 €' },
    { label: 'Sachkosten', wert: '42.000,00 €' },
  ],
  ergebnis: {
    entgelt: { betrag: '134.48', einheit: 'je Platz und Tag' },
    jahreskosten: '456505.00',
    berechnungstage: '3394.5',
    zeilen: [
      {
        id: 'betreuung',
        text: 'Betreuung (10 Plätze ÷ 2,00)',
        menge: '5',
        einheit: 'VK',
        satz: '68000',
        betrag: '340000',
        quelle: 'Anlage D.8, Matrix Nr. 1',
      },
      {
        id: 'leitung',
        text: 'Leitung (4,0 % je Platz)',
        menge: '0.4',
        einheit: 'VK',
        satz: '80000',
        betrag: '32000',
        quelle: 'Anlage D.8, Matrix Nr. 3',
      },
      {
        id: 'vertretung',
        text: 'Vertretungsmittel (1 % von 372.000,00 €)',
        menge: '1',
        einheit: 'pauschal',
        satz: '3720',
        betrag: '3720',
        quelle: 'Anlage D.8, Matrix Nr. 5',
      },
      {
        id: 'qualitaet',
        text: 'Qualitätsmittel',
        menge: '5',
        einheit: 'VK',
        satz: '705',
        betrag: '3525',
        quelle: 'Anlage D.8, Matrix Nr. 6 (Stand 01.01.2023)',
      },
      {
        id: 'hauswirtschaft',
        text: 'Hauswirtschaft je Gruppe',
        menge: '1',
        einheit: 'Gruppe',
        satz: '35260',
        betrag: '35260',
        quelle: 'Anlage D.8, Matrix Nr. 7',
      },
      {
        id: 'sachkosten',
        text: 'Sachkosten des Trägers',
        menge: '1',
        einheit: 'pauschal',
        satz: '42000',
        betrag: '42000',
        quelle: 'Eingabe des Trägers',
      },
    ],
    warnungen: [
      {
        feld: 'Sachkosten',
        text: 'Sachkosten je Platz und Monat 350,00 € liegen am oberen Rand des Üblichen.',
        quelle: 'Katalog D.8, Plausibilität Sachkosten',
      },
    ],
  },
  erstelltVon: 'Leitung Beispiel',
  erstelltAm: '2025-02-03',
  version: 3,
};

export const beispielRechnung: Rechnung = {
  nummer: 'RE-2025-0042',
  datum: '2025-02-03',
  leistungszeitraum: { von: '2025-01-01', bis: '2025-01-31' },
  art: 'rechnung',
  verkaeufer: {
    name: 'KIJU Wuppertal e. V.',
    strasse: 'Beispielstraße 12',
    plz: '42103',
    ort: 'Wuppertal',
    land: 'DE',
    steuernummer: '132/5706/1234',
    registernummer: 'VR 3456, Amtsgericht Wuppertal',
    iban: 'DE02120300000000202051',
    bic: 'BYLADEM1001',
    kontakt: { name: 'Verwaltung KIJU', telefon: '+49 202 123456', email: 'abrechnung@kiju.example' },
  },
  kaeufer: {
    name: 'Stadt Wuppertal – Jugendamt',
    strasse: 'Neumarkt 10',
    plz: '42103',
    ort: 'Wuppertal',
    land: 'DE',
    leitwegId: '05124000-12345-77',
  },
  positionen: [
    {
      hilfeId: 'h-1',
      text: 'Nachbetreuung, Fachleistungsstunden direkt',
      aktenzeichenJugendamt: '51.2-2024-0815',
      bewilligung: 'KZ-2024-117',
      zeitraumVon: '2025-01-01',
      zeitraumBis: '2025-01-31',
      menge: '21.5',
      einheit: 'Std.',
      einheitCode: 'HUR',
      satz: '67.40',
      betrag: '1449.10',
    },
    {
      hilfeId: 'h-2',
      text: 'Nachbetreuung, Fachleistungsstunden direkt',
      aktenzeichenJugendamt: '51.2-2024-0923',
      bewilligung: 'KZ-2024-131',
      zeitraumVon: '2025-01-01',
      zeitraumBis: '2025-01-31',
      menge: '12.25',
      einheit: 'Std.',
      einheitCode: 'HUR',
      satz: '67.40',
      betrag: '825.65',
    },
  ],
  summe: '2274.75',
  zahlungszielTage: 30,
};

/** A correction: credits 2 hours of the first line of RE-2025-0042. */
export const beispielGutschrift: Rechnung = {
  ...beispielRechnung,
  nummer: 'RE-2025-0057',
  datum: '2025-02-20',
  art: 'gutschrift',
  bezugNummer: 'RE-2025-0042',
  positionen: [
    {
      ...beispielRechnung.positionen[0],
      text: 'Korrektur: zu viel berechnete Fachleistungsstunden',
      nr: 1,
      menge: '2',
      betrag: '134.80',
    },
  ],
  summe: '134.80',
};

/**
 * LT 11 Monatspauschale: a Hilfe that began on 15.11.2026 (16 of 30 days: 16 × 1.485,00 € ÷ 30 = 792,00 €)
 * and one that ran the whole month. The seller is identified by its USt-IdNr. only.
 */
export const beispielPauschale: Rechnung = {
  ...beispielRechnung,
  nummer: 'RE-2026-00007',
  datum: '2026-12-02',
  leistungszeitraum: { von: '2026-11-01', bis: '2026-11-30' },
  verkaeufer: {
    ...beispielRechnung.verkaeufer,
    name: 'Träger Bremerhaven gGmbH',
    steuernummer: undefined,
    registernummer: undefined,
    ustId: 'DE123456789',
  },
  kaeufer: { ...beispielRechnung.kaeufer, name: 'Jugendamt Bremerhaven', leitwegId: '04011000-12345-03' },
  positionen: [
    {
      hilfeId: 'h-3',
      text: 'LT 11 Nachbetreuung: Monatspauschale – Fall TBH-NB-2026-003',
      aktenzeichenJugendamt: 'BHV-51-2026-12',
      bewilligung: 'BHV-B-2026-471',
      zeitraumVon: '2026-11-15',
      zeitraumBis: '2026-11-30',
      menge: '16',
      einheit: 'Tag (anteilig)',
      einheitCode: 'DAY',
      basismenge: '30',
      satz: '1485.00',
      betrag: '792.00',
    },
    {
      hilfeId: 'h-4',
      text: 'LT 11 Nachbetreuung: Monatspauschale – Fall TBH-NB-2026-001',
      aktenzeichenJugendamt: 'BHV-51-2026-07',
      bewilligung: 'BHV-B-2026-451',
      zeitraumVon: '2026-11-01',
      zeitraumBis: '2026-11-30',
      menge: '1',
      einheit: 'Monat',
      einheitCode: 'MON',
      satz: '1485.00',
      betrag: '1485.00',
    },
  ],
  summe: '2277.00',
};

/**
 * D.8 Tagessatz with an additional carer: 31 days × 312,47 € = 9.686,57 €, 12 days × 41,80 € = 501,60 €.
 * The seller is identified by its GLN only (and its Steuernummer for BR-DE-16).
 */
export const beispielTagessatz: Rechnung = {
  ...beispielRechnung,
  nummer: 'RE-2026-00012',
  datum: '2026-11-02',
  leistungszeitraum: { von: '2026-10-01', bis: '2026-10-31' },
  verkaeufer: {
    ...beispielRechnung.verkaeufer,
    name: 'MuKi Berlin gGmbH',
    registernummer: undefined,
    gln: '4012345000009',
  },
  kaeufer: { ...beispielRechnung.kaeufer, name: 'Jugendamt Berlin-Mitte', leitwegId: '11001000-00002-72' },
  positionen: [
    {
      hilfeId: 'h-5',
      text: 'Gemeinsame Wohnformen (Anlage D.8): Belegungstage – Fall MUKI-2026-001',
      aktenzeichenJugendamt: 'BE-MI-2026-31',
      bewilligung: 'KÜ-MI-2026-088',
      zeitraumVon: '2026-10-01',
      zeitraumBis: '2026-10-31',
      menge: '31',
      einheit: 'Tag',
      einheitCode: 'DAY',
      satz: '312.47',
      betrag: '9686.57',
    },
    {
      hilfeId: 'h-5',
      text: 'Gemeinsame Wohnformen (Anlage D.8): weitere Person, Belegungstage – Fall MUKI-2026-001',
      aktenzeichenJugendamt: 'BE-MI-2026-31',
      bewilligung: 'KÜ-MI-2026-088',
      zeitraumVon: '2026-10-20',
      zeitraumBis: '2026-10-31',
      menge: '12',
      einheit: 'Tag (weitere Person)',
      einheitCode: 'DAY',
      satz: '41.80',
      betrag: '501.60',
    },
  ],
  summe: '10188.17',
};

/** A credit note on the part-month line of `beispielPauschale`: 4 of its 16 days (4 × 1.485,00 € ÷ 30 = 198,00 €). */
export const beispielGutschriftTeilmonat: Rechnung = {
  ...beispielPauschale,
  nummer: 'RE-2026-00009',
  datum: '2026-12-10',
  art: 'gutschrift',
  bezugNummer: beispielPauschale.nummer,
  bezugDatum: beispielPauschale.datum,
  positionen: [
    {
      ...beispielPauschale.positionen[0],
      text: 'Korrektur (Beginn erst am 19.11.): LT 11 Nachbetreuung: Monatspauschale – Fall TBH-NB-2026-003',
      nr: 1,
      zeitraumVon: '2026-11-15',
      zeitraumBis: '2026-11-18',
      menge: '4',
      betrag: '198.00',
    },
  ],
  summe: '198.00',
};

/** Every variant the documents are tested with; each must pass the official e-invoice checks. */
export const alleBeispielRechnungen: Record<string, Rechnung> = {
  'Fachleistungsstunden, Vereinsregister': beispielRechnung,
  'Gutschrift auf Stunden': { ...beispielGutschrift, bezugDatum: beispielRechnung.datum },
  'Monatspauschale im Teilmonat, nur USt-IdNr.': beispielPauschale,
  'Tagessatz mit weiterer Person, nur GLN': beispielTagessatz,
  'Gutschrift auf einen Teilmonat': beispielGutschriftTeilmonat,
};
