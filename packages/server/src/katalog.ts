import * as rules from '@hilfewerk/rules';

/** One catalogue entry as the API shows it (CONTRACTS, "Catalogue ids"). */
export interface KatalogEintrag {
  id: string;
  titel: string;
  rechtsgrundlage: string[];
  varianten: string[];
}

// Used only until @hilfewerk/rules exports listeKatalog (built in parallel); same ids as CONTRACTS.
const ERSATZ: KatalogEintrag[] = [
  {
    id: 'lt11-nachbetreuung',
    titel: 'Leistungsangebotstyp Nr. 11 Nachbetreuung',
    rechtsgrundlage: ['§ 27 SGB VIII', '§ 41 SGB VIII'],
    varianten: [],
  },
  {
    id: 'kiju-nachbetreuung',
    titel: 'KIJU Wuppertal Nachbetreuung',
    rechtsgrundlage: ['§ 27 SGB VIII', '§ 41 SGB VIII'],
    varianten: ['eigene-wohnung', 'rueckfuehrung', 'junge-muetter'],
  },
  {
    id: 'bremerhaven-ambulant',
    titel: 'Bremerhaven Trägerbudget, ambulante Hilfen zur Erziehung',
    rechtsgrundlage: ['§ 27 Abs. 2 SGB VIII', '§ 30 SGB VIII', '§ 31 SGB VIII', '§ 35 SGB VIII'],
    varianten: ['p27-2', 'p30-1', 'p30-2', 'p31', 'p35'],
  },
  {
    id: 'berlin-d8',
    titel: 'Berlin D.8 Gemeinsame Wohnformen für Mütter/Väter und Kinder',
    rechtsgrundlage: ['§ 19 SGB VIII'],
    varianten: [
      'gruppe-gering',
      'gruppe-regel',
      'gruppe-intensiv',
      'individual-gering',
      'individual-regel',
      'individual-intensiv',
    ],
  },
];

let geladen: KatalogEintrag[] | undefined;

/** The catalogue's Leistungen, read once: the catalogue is data shipped with the code. */
export function katalog(): KatalogEintrag[] {
  if (!geladen) {
    const liste = (rules as Record<string, unknown>).listeKatalog;
    geladen = typeof liste === 'function' ? (liste() as KatalogEintrag[]) : ERSATZ;
  }
  return geladen;
}

export function katalogEintrag(id: string): KatalogEintrag | undefined {
  return katalog().find((e) => e.id === id);
}
