import { ROLLEN, type Rolle, type Sitzung } from '@hilfewerk/api';
import { describe, expect, it } from 'vitest';
import { type NavKontext, sichtbareNavigation, startseite } from './navigation';
import { ERWARTET } from './navigation.erwartet';

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
