import { datumDe } from '@hilfewerk/rules/tag';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { fusszeile, renderePdf } from './pdf.ts';

export interface Mitteilung {
  traeger: string;
  jugendamt: string | null;
  datum: string;
  aktenzeichen: string;
  aktenzeichenJugendamt: string | null;
  /** The child or young person, identified: the Jugendamt must know whom it concerns. */
  personen: { rolle: string; name: string; geburtsdatum: string | null }[];
  anhaltspunkte: string;
  begonnenAm: string;
  gefaehrdung: string;
  bisherigeMassnahmen: string;
  begruendung: string;
  sorgeberechtigteInformiert: boolean;
  ansprechperson: string;
  /** The procedure so far: each step with its date. */
  verlauf: { titel: string; datum: string }[];
}

const ROLLE: Record<string, string> = {
  junger_mensch: 'Junger Mensch',
  kind: 'Kind',
  sorgeberechtigt: 'Sorgeberechtigt',
  betreuungsperson: 'Betreuungsperson',
  geschwister: 'Geschwister',
};

/**
 * The written notification to the Jugendamt under § 8a Abs. 4 Satz 2 SGB VIII: who, what was observed,
 * what was done, why it does not suffice, whether the custodians know, whom to call.
 */
export function erzeugeMitteilungPdf(m: Mitteilung): Promise<Buffer> {
  const abschnitt = (titel: string, text: string): Content[] => [
    { text: titel, bold: true, margin: [0, 10, 0, 2] },
    { text },
  ];
  const doc: TDocumentDefinitions = {
    info: { title: `Mitteilung nach § 8a SGB VIII – ${m.aktenzeichen}` },
    pageMargins: [50, 50, 50, 50],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    footer: fusszeile(`Mitteilung § 8a · ${m.traeger} · vertraulich (§§ 61–65 SGB VIII)`, 50),
    content: [
      { text: 'VERTRAULICH – Sozialdaten', bold: true, color: '#b00020', fontSize: 9 },
      {
        text: 'Mitteilung an das Jugendamt nach § 8a Abs. 4 SGB VIII',
        fontSize: 15,
        bold: true,
        margin: [0, 6, 0, 10],
      },
      {
        table: {
          widths: [140, '*'],
          body: [
            ['Von', m.traeger],
            ['An', m.jugendamt ?? 'das zuständige Jugendamt'],
            ['Datum', datumDe(m.datum)],
            ['Unser Zeichen', m.aktenzeichen],
            ['Ihr Zeichen', m.aktenzeichenJugendamt ?? '—'],
            ['Verfahren begonnen am', datumDe(m.begonnenAm)],
            ['Ansprechperson', m.ansprechperson],
          ],
        },
        layout: 'noBorders',
      },
      { text: 'Betroffene Personen', bold: true, margin: [0, 10, 0, 2] },
      {
        ul: m.personen.map(
          (p) =>
            `${p.name} (${ROLLE[p.rolle] ?? p.rolle}${p.geburtsdatum ? `, geb. ${datumDe(p.geburtsdatum)}` : ''})`,
        ),
      },
      ...abschnitt('Gewichtige Anhaltspunkte', m.anhaltspunkte),
      ...abschnitt('Eingeschätzte Gefährdung', m.gefaehrdung),
      ...abschnitt('Bisherige Hilfen und Schutzmaßnahmen', m.bisherigeMassnahmen),
      ...abschnitt('Warum die Gefährdung mit unseren Hilfen nicht abgewendet werden kann', m.begruendung),
      ...abschnitt(
        'Information der Sorgeberechtigten',
        m.sorgeberechtigteInformiert
          ? 'Die Sorgeberechtigten sind über diese Mitteilung informiert.'
          : 'Die Sorgeberechtigten sind nicht informiert, weil dies den wirksamen Schutz des Kindes in Frage stellen würde.',
      ),
      { text: 'Bisheriger Verlauf des Verfahrens', bold: true, margin: [0, 10, 0, 2] },
      { ul: m.verlauf.map((s) => `${datumDe(s.datum)}: ${s.titel}`) },
    ],
  };
  return renderePdf(doc);
}
