import { MONATSNAMEN, wochentagZeitDe } from '@hilfewerk/rules/tag';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { fusszeile, renderePdf } from './pdf.ts';

export interface Bereitschaftsplan {
  organisation: string;
  /** `JJJJ-MM` */
  monat: string;
  dienste: { name: string; von: string; bis: string; telefon: string }[];
}

/** One page a fire brigade can read at a glance: when, who, which number. */
export function erzeugeBereitschaftsplanPdf(p: Bereitschaftsplan): Promise<Buffer> {
  const [jahr, monat] = p.monat.split('-');
  const titel = `Bereitschaftsdienstplan ${MONATSNAMEN[Number(monat) - 1]} ${jahr}`;
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
                  `${wochentagZeitDe(d.von)} Uhr`,
                  `${wochentagZeitDe(d.bis)} Uhr`,
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
