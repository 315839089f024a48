import { datumDe } from '@hilfewerk/rules/tag';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { fusszeile, renderePdf } from './pdf.ts';

export interface Meldung47 {
  traeger: string;
  aktenzeichen: string;
  leistung: string;
  jugendamt: string | null;
  art: string;
  datum: string;
  beschreibung: string;
  erfasstVon: string;
  /** The children and young people concerned. */
  personen: { name: string; geburtsdatum: string | null }[];
  /** What was done: each duty with its state. */
  pflichten: {
    art: string;
    titel: string;
    faelligAm: string;
    erledigtAm: string | null;
    an: string | null;
    weg: string | null;
    grund: string | null;
  }[];
}

/**
 * The report to the supervising authority under § 47 Satz 1 Nr. 2 SGB VIII: which event, when, whom it
 * concerns, and whom the provider has informed so far.
 */
export function erzeugeMeldung47Pdf(m: Meldung47): Promise<Buffer> {
  const aufsicht = m.pflichten.find((p) => p.art === 'aufsicht');
  const abschnitt = (titel: string, text: string): Content[] => [
    { text: titel, bold: true, margin: [0, 10, 0, 2] },
    { text },
  ];
  const doc: TDocumentDefinitions = {
    info: { title: `Meldung nach § 47 SGB VIII – ${m.aktenzeichen}` },
    pageMargins: [50, 50, 50, 50],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    footer: fusszeile(`Meldung § 47 · ${m.traeger} · vertraulich (§§ 61–65 SGB VIII)`, 50),
    content: [
      { text: 'VERTRAULICH – Sozialdaten', bold: true, color: '#b00020', fontSize: 9 },
      {
        text: 'Meldung eines besonderen Vorkommnisses nach § 47 Satz 1 Nr. 2 SGB VIII',
        fontSize: 15,
        bold: true,
        margin: [0, 6, 0, 10],
      },
      {
        table: {
          widths: [160, '*'],
          body: [
            ['Einrichtung / Träger', m.traeger],
            ['An', aufsicht?.an ?? 'die zuständige Aufsichtsbehörde (Betriebserlaubnis)'],
            ['Gemeldet am', aufsicht?.erledigtAm ? datumDe(aufsicht.erledigtAm) : 'noch nicht gemeldet'],
            ['Meldung fällig am', aufsicht ? datumDe(aufsicht.faelligAm) : '—'],
            ['Unser Zeichen', m.aktenzeichen],
            ['Leistung', m.leistung],
            ['Belegendes Jugendamt', m.jugendamt ?? '—'],
            ['Art des Vorkommnisses', m.art],
            ['Datum des Vorkommnisses', datumDe(m.datum)],
            ['Festgehalten von', m.erfasstVon],
          ],
        },
        layout: 'noBorders',
      },
      { text: 'Betroffene Kinder und Jugendliche', bold: true, margin: [0, 10, 0, 2] },
      {
        ul: m.personen.length
          ? m.personen.map((p) => `${p.name}${p.geburtsdatum ? `, geb. ${datumDe(p.geburtsdatum)}` : ''}`)
          : ['—'],
      },
      ...abschnitt('Was geschehen ist', m.beschreibung),
      { text: 'Wen der Träger informiert hat', bold: true, margin: [0, 10, 0, 2] },
      {
        ul: m.pflichten.map((p) =>
          p.erledigtAm
            ? `${p.titel}: am ${datumDe(p.erledigtAm)}, ${p.an ?? ''} (${p.weg ?? ''})`
            : p.grund
              ? `${p.titel}: unterblieben – ${p.grund}`
              : `${p.titel}: offen, fällig am ${datumDe(p.faelligAm)}`,
        ),
      },
    ],
  };
  return renderePdf(doc);
}
