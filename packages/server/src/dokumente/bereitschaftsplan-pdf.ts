import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { fusszeile, renderePdf } from './pdf.ts';

export interface Bereitschaftsplan {
  organisation: string;
  /** `JJJJ-MM` */
  monat: string;
  dienste: { name: string; von: string; bis: string; telefon: string }[];
}

const MONATE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];
const zeit = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  weekday: 'short',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** One page a fire brigade can read at a glance: when, who, which number. */
export function erzeugeBereitschaftsplanPdf(p: Bereitschaftsplan): Promise<Buffer> {
  const [jahr, monat] = p.monat.split('-');
  const titel = `Bereitschaftsdienstplan ${MONATE[Number(monat) - 1]} ${jahr}`;
  const doc: TDocumentDefinitions = {
    info: { title: `${titel} – ${p.organisation}` },
    pageMargins: [40, 40, 40, 50],
    footer: fusszeile(`${p.organisation} · ${titel}`),
    defaultStyle: { fontSize: 10 },
    content: [
      { text: titel, fontSize: 16, bold: true },
      { text: p.organisation, margin: [0, 2, 0, 12] },
      p.dienste.length === 0
        ? { text: 'Für diesen Monat ist kein Bereitschaftsdienst eingetragen.' }
        : {
            table: {
              headerRows: 1,
              widths: ['auto', 'auto', '*', 'auto'],
              body: [
                [
                  { text: 'Von', bold: true },
                  { text: 'Bis', bold: true },
                  { text: 'Erreichbar', bold: true },
                  { text: 'Telefon', bold: true },
                ],
                ...p.dienste.map((d) => [
                  `${zeit.format(new Date(d.von))} Uhr`,
                  `${zeit.format(new Date(d.bis))} Uhr`,
                  d.name,
                  { text: d.telefon, bold: true },
                ]),
              ],
            },
            layout: 'lightHorizontalLines',
          },
    ],
  };
  return renderePdf(doc);
}
