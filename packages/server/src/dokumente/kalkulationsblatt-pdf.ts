import { datumDe } from '@hilfewerk/rules/tag';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { euroDe, mengeDe } from './format.ts';
import type { Kalkulationsblatt } from './kalkulationsblatt.ts';
import { fusszeile, renderePdf } from './pdf.ts';

/**
 * The Kalkulationsblatt as a PDF for a negotiation: who calculates what for which
 * Stichtag, every input, every line with its clause, the Entgelt, and the plausibility
 * warnings — so the other side can check each number against its source.
 */
export function erzeugeKalkulationsblattPdf(k: Kalkulationsblatt): Promise<Buffer> {
  return renderePdf(kalkulationsblattDefinition(k));
}

const grau = '#555555';

function kalkulationsblattDefinition(k: Kalkulationsblatt): TDocumentDefinitions {
  const { ergebnis } = k;
  const warnungen = ergebnis.warnungen ?? [];
  const divisor = ergebnis.divisor ?? 'Berechnungstage';
  const inhalt: Content[] = [
    { text: 'Kalkulationsblatt', style: 'titel' },
    { text: `${k.leistungTitel} – ${k.variante}`, style: 'untertitel' },
    {
      table: {
        widths: [120, '*'],
        body: [
          ['Träger', k.organisation],
          ['Leistung', k.leistungTitel],
          ['Variante', k.variante],
          ['Stichtag', datumDe(k.stichtag)],
          ['Erstellt', `${datumDe(k.erstelltAm)} von ${k.erstelltVon}`],
          ['Version', String(k.version)],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 12],
    },
    {
      table: {
        widths: ['*', '*', '*'],
        body: [
          [
            kennzahl('Entgelt', `${euroDe(ergebnis.entgelt.betrag)} ${ergebnis.entgelt.einheit}`),
            kennzahl('Jahreskosten', euroDe(ergebnis.jahreskosten)),
            kennzahl(divisor, mengeDe(ergebnis.berechnungstage)),
          ],
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 14],
    },
    { text: 'Eingaben', style: 'abschnitt' },
    {
      table: {
        headerRows: 1,
        widths: ['*', 160],
        body: [
          [kopf('Eingabe'), kopfRechts('Wert')],
          ...k.eingaben.map((e) => [e.label, { text: e.wert, alignment: 'right' as const }]),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 14],
    },
    { text: 'Berechnung', style: 'abschnitt' },
    zeilentabelle(ergebnis.zeilen, ergebnis.jahreskosten),
    {
      text: `Entgelt = Jahreskosten ${euroDe(ergebnis.jahreskosten)} ÷ ${mengeDe(ergebnis.berechnungstage)} ${divisor} = ${euroDe(ergebnis.entgelt.betrag)} ${ergebnis.entgelt.einheit} (kaufmännisch auf Cent gerundet).`,
      margin: [0, 0, 0, 14],
    },
  ];
  const wp = ergebnis.weiterePerson;
  if (wp) {
    inhalt.push(
      { text: 'Weitere Person (§ 19 Abs. 1 Satz 2 SGB VIII, eigener Anteil)', style: 'abschnitt' },
      zeilentabelle(wp.zeilen, wp.jahreskosten),
      {
        text: `Entgelt = Jahreskosten ${euroDe(wp.jahreskosten)} ÷ ${mengeDe(wp.berechnungstage)} Berechnungstage = ${euroDe(wp.entgelt.betrag)} ${wp.entgelt.einheit} (kaufmännisch auf Cent gerundet), für ${wp.anzahl} weitere Person${wp.anzahl === 1 ? '' : 'en'}.`,
        margin: [0, 0, 0, 14],
      },
    );
  }
  if (warnungen.length > 0) {
    // Kept on one page so the heading never stands alone at the bottom.
    inhalt.push({
      unbreakable: true,
      stack: [
        { text: 'Hinweise zur Kalkulation', style: 'abschnitt' },
        {
          ul: warnungen.map((w) => ({
            text: [
              { text: `${w.label ?? w.feld}: `, bold: true },
              w.text,
              { text: ` (${w.quelle})`, color: grau },
            ],
          })),
        },
      ],
    });
  }
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [40, 40, 40, 50],
    info: { title: `Kalkulationsblatt ${k.leistungTitel} – ${k.variante}`, author: k.organisation },
    content: inhalt,
    footer: fusszeile(
      `Kalkulationsblatt ${k.leistungTitel} – ${k.variante} · Stichtag ${datumDe(k.stichtag)} · Version ${k.version} · erstellt mit Hilfewerk`,
    ),
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: {
      titel: { fontSize: 18, bold: true, margin: [0, 0, 0, 2] },
      untertitel: { fontSize: 12, margin: [0, 0, 0, 12] },
      abschnitt: { fontSize: 11, bold: true, margin: [0, 4, 0, 4] },
    },
  };
}

/** The lines with quantity, unit, rate, amount and clause, and their annual total. */
function zeilentabelle(zeilen: Kalkulationsblatt['ergebnis']['zeilen'], jahreskosten: string): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      // Wide enough for the longest unit and amount words at 8 pt, so no word is broken inside.
      widths: [18, '*', 44, 78, 62, 70, 170],
      body: [
        [
          kopf('Nr.'),
          kopf('Position'),
          ...['Menge', 'Einheit', 'Satz', 'Betrag'].map(kopfRechts),
          kopf('Quelle'),
        ],
        ...zeilen.map((z, i) => [
          String(i + 1),
          z.text,
          rechts(mengeDe(z.menge)),
          rechts(z.einheit),
          rechts(euroDe(z.satz)),
          rechts(euroDe(z.betrag)),
          { text: z.quelle, fontSize: 7, color: grau },
        ]),
        [
          '',
          { text: 'Jahreskosten', bold: true },
          '',
          '',
          '',
          { text: euroDe(jahreskosten), bold: true, alignment: 'right' as const },
          '',
        ],
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 8,
    margin: [0, 0, 0, 8],
  };
}

function kopf(text: string) {
  return { text, bold: true };
}

function kopfRechts(text: string) {
  return { text, bold: true, alignment: 'right' as const };
}

function rechts(text: string) {
  return { text, alignment: 'right' as const };
}

function kennzahl(label: string, wert: string): Content {
  return {
    stack: [
      { text: label, color: grau, fontSize: 8 },
      { text: wert, bold: true, fontSize: 12 },
    ],
  };
}
