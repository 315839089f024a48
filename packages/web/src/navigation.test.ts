import { ROLLEN, type Rolle, type Sitzung } from '@hilfewerk/api';
import { describe, expect, it } from 'vitest';
import { type NavKontext, sichtbareNavigation, startseite } from './navigation';

const JUGENDAMT_ROLLEN: Rolle[] = ['asd', 'wjh', 'fachcontrolling'];

function sitzung(rolle: Rolle): Sitzung {
  const jugendamt = JUGENDAMT_ROLLEN.includes(rolle);
  return {
    benutzer: { id: 'b1', email: `${rolle}@beispiel.demo`, name: 'Beispiel', rolle },
    organisation: {
      id: 'o1',
      name: jugendamt ? 'Jugendamt Bremerhaven' : 'KIJU Wuppertal',
      art: jugendamt ? 'jugendamt' : 'traeger',
      bundesland: 'NW',
    },
    csrfToken: 'c1',
  };
}

const menue = (k: NavKontext) => sichtbareNavigation(k).map((e) => e.beschriftung);

/** The menu each role sees at a provider without a Trägerbudget (KIJU) or at its Jugendamt. */
const ERWARTET: Record<Rolle, { menue: string[]; start: string }> = {
  administration: {
    menue: [
      'Meine Fristen',
      'Fälle',
      'Fristen im Team',
      'Fristenkalender',
      'Protokoll',
      'Kalkulation',
      'Abrechnung',
      'Stundencontrolling',
    ],
    start: '/faelle',
  },
  leitung: {
    menue: [
      'Meine Fristen',
      'Fälle',
      'Fristen im Team',
      'Fristenkalender',
      'Protokoll',
      'Kalkulation',
      'Stunden erfassen',
      'Abrechnung',
      'Stundencontrolling',
    ],
    start: '/faelle',
  },
  fachkraft: {
    menue: ['Meine Fristen', 'Fälle', 'Fristenkalender', 'Stunden erfassen', 'Stundencontrolling'],
    start: '/meine-fristen',
  },
  semiprofessionell: {
    menue: ['Meine Fristen', 'Fälle', 'Fristenkalender', 'Stunden erfassen'],
    start: '/meine-fristen',
  },
  verwaltung: { menue: ['Fälle', 'Kalkulation', 'Abrechnung', 'Stundencontrolling'], start: '/faelle' },
  // § 8a consultation is not built yet: no page, a start page that says so.
  iefk: { menue: [], start: '/willkommen' },
  asd: { menue: ['Fälle'], start: '/faelle' },
  wjh: { menue: ['Fälle', 'Kalkulation', 'Abrechnung'], start: '/faelle' },
  fachcontrolling: { menue: ['Kalkulation'], start: '/kalkulation' },
};

describe('Hauptnavigation', () => {
  it.each(ROLLEN)('%s sieht genau die Seiten, die für die Rolle funktionieren', (rolle) => {
    const s = sitzung(rolle);
    expect(menue({ sitzung: s, hatTraegerbudget: false })).toEqual(ERWARTET[rolle].menue);
    expect(startseite(s)).toBe(ERWARTET[rolle].start);
  });

  it('zeigt das Trägerbudget nur einem Träger mit Vereinbarung, und nur den Rollen mit budget: lesen', () => {
    const mitBudget = ROLLEN.filter((r) =>
      menue({ sitzung: sitzung(r), hatTraegerbudget: true }).includes('Trägerbudget'),
    );
    expect(mitBudget).toEqual(['administration', 'leitung', 'verwaltung']);
    // Unknown (still loading) or no agreement: hidden.
    expect(menue({ sitzung: sitzung('leitung') })).not.toContain('Trägerbudget');
    expect(menue({ sitzung: sitzung('leitung'), hatTraegerbudget: false })).not.toContain('Trägerbudget');
  });

  it('führt jede Rolle auf eine Startseite, die in ihrem Menü steht oder für sie gebaut ist', () => {
    for (const rolle of ROLLEN) {
      const s = sitzung(rolle);
      const ziele = sichtbareNavigation({ sitzung: s }).map((e) => e.to as string);
      expect([...ziele, '/willkommen']).toContain(startseite(s));
    }
  });
});
