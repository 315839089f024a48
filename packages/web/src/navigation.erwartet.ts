/**
 * What each role's menu holds and where it starts, written out by hand: the unit test
 * (navigation.test.ts) and the browser test (e2e/navigation.e2e.ts) hold the application to it.
 */
import type { Rolle } from '@hilfewerk/api';

/** The menu each role sees at a provider without a Trägerbudget (KIJU) or at its Jugendamt. */
export const ERWARTET: Record<Rolle, { menue: string[]; start: string }> = {
  administration: {
    menue: [
      'Meine Fristen',
      'Fälle',
      'Angebotene Leistungen',
      'Fristen im Team',
      'Fristenkalender',
      'Benutzerkonten',
      'Protokoll',
      'Aufbewahrung',
      'Kalkulation',
      'Abrechnung',
      'Stundencontrolling',
      'Mein Konto',
    ],
    start: '/faelle',
  },
  leitung: {
    menue: [
      'Übersicht',
      'Meine Fristen',
      'Fälle',
      'Anfragen',
      'Angebotene Leistungen',
      'Kinderschutz',
      'Fristen im Team',
      'Fristenkalender',
      'Protokoll',
      'Aufbewahrung',
      'Kalkulation',
      'Stunden erfassen',
      'Abrechnung',
      'Stundencontrolling',
      'Personal',
      'Bereitschaftsdienst',
      'Beschwerden',
      'Kennzahlen',
      'Mein Konto',
    ],
    start: '/uebersicht',
  },
  fachkraft: {
    menue: [
      'Meine Fristen',
      'Fälle',
      'Kinderschutz',
      'Fristenkalender',
      'Stunden erfassen',
      'Stundencontrolling',
      'Mein Konto',
    ],
    start: '/meine-fristen',
  },
  semiprofessionell: {
    menue: ['Meine Fristen', 'Fälle', 'Fristenkalender', 'Stunden erfassen', 'Mein Konto'],
    start: '/meine-fristen',
  },
  verwaltung: {
    menue: ['Fälle', 'Kalkulation', 'Abrechnung', 'Stundencontrolling', 'Mein Konto'],
    start: '/faelle',
  },
  // § 8a consultation on pseudonymised vignettes, never a case.
  iefk: { menue: ['Beratung § 8a', 'Mein Konto'], start: '/kinderschutz/beratung' },
  // The ASD's daily work: what the providers sent, its cases, its requests.
  asd: {
    menue: ['Posteingang', 'Fälle', 'Anfragen', 'Gewährte Hilfen', 'Mein Konto'],
    start: '/posteingang',
  },
  // The WJH checks and orders payment of the invoices addressed to its Jugendamt.
  wjh: { menue: ['Eingangsrechnungen', 'Fälle', 'Kalkulation', 'Mein Konto'], start: '/eingangsrechnungen' },
  // Fachcontrolling steers the Trägerbudgets its Jugendamt agreed, from sums only.
  fachcontrolling: {
    menue: ['Trägerbudgets', 'Kalkulation', 'Kennzahlen der Träger', 'Mein Konto'],
    start: '/traegerbudgets',
  },
};
