import { type Db, jahresbericht } from '@hilfewerk/db';

/** Drafts of the current year's report: each demo provider's Leitung has begun writing its texts. */
const ENTWUERFE: { org: string; texte: Record<string, string> }[] = [
  {
    org: 'kiju',
    texte: {
      einleitung: 'KIJU Wuppertal berichtet über die ambulanten Hilfen des Jahres.',
      entwicklungen: 'Das Team ist um eine Fachkraft gewachsen.',
      ausblick: '',
    },
  },
  {
    org: 'tbh',
    texte: {
      einleitung: 'Der Träger berichtet dem Jugendamt Bremerhaven über das Trägerbudget des Jahres.',
      entwicklungen: '',
      ausblick: '',
    },
  },
  {
    org: 'muki',
    texte: {
      einleitung: 'Bericht über die Mutter-Kind-Einrichtung und ihre Auslastung.',
      entwicklungen: '',
      ausblick: '',
    },
  },
];

export async function ladeDemoJahresberichte(
  tx: Db,
  org: (schluessel: string) => string,
  jahr: number,
): Promise<void> {
  for (const e of ENTWUERFE) {
    await tx.insert(jahresbericht).values({ organisationId: org(e.org), jahr, texte: e.texte });
  }
}
