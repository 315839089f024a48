import type { Kennzahlen } from '@hilfewerk/api';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { type Berichtsart, berichtsTabellen, zeitraumText } from './jahresbericht.ts';
import { fusszeile, renderePdf } from './pdf.ts';

export interface Jahresbericht {
  organisation: string;
  arten: Berichtsart[];
  kennzahlen: Kennzahlen;
  /** The Leitung's text parts, in order (Einleitung, Bewertung …); empty ones are left out. */
  texte: { titel: string; text: string }[];
}

/** The yearly report: title per contract, the Leitung's texts, the figure tables and what each figure means. */
export function erzeugeJahresberichtPdf(b: Jahresbericht): Promise<Buffer> {
  const k = b.kennzahlen;
  const titel = `${b.arten.map((a) => a.titel).join(' / ')} ${k.jahr}`;
  const tabellen: Content[] = berichtsTabellen(k).flatMap((t) => [
    { text: t.titel, fontSize: 12, bold: true, margin: [0, 12, 0, 4] as [number, number, number, number] },
    t.zeilen.length === 0
      ? { text: 'Keine Einträge.' }
      : {
          table: {
            headerRows: 1,
            widths: ['*', 'auto'],
            body: [
              t.kopf.map((x) => ({ text: x, bold: true })),
              ...t.zeilen.map(([a, w]) => [
                a,
                { text: typeof w === 'number' ? w.toLocaleString('de-DE') : w, alignment: 'right' as const },
              ]),
            ],
          },
          layout: 'lightHorizontalLines',
        },
  ]);
  const doc: TDocumentDefinitions = {
    info: { title: `${titel} – ${b.organisation}` },
    pageMargins: [40, 40, 40, 50],
    footer: fusszeile(`${b.organisation} · ${titel}`),
    defaultStyle: { fontSize: 10 },
    content: [
      { text: titel, fontSize: 16, bold: true },
      { text: `${b.organisation} · Berichtszeitraum ${zeitraumText(k)}`, margin: [0, 2, 0, 6] },
      ...b.arten.map((a) => ({
        text: a.anlass,
        italics: true,
        margin: [0, 0, 0, 4] as [number, number, number, number],
      })),
      ...b.texte
        .filter((t) => t.text.trim() !== '')
        .flatMap((t) => [
          {
            text: t.titel,
            fontSize: 12,
            bold: true,
            margin: [0, 10, 0, 4] as [number, number, number, number],
          },
          { text: t.text },
        ]),
      ...tabellen,
      { text: 'Definitionen', fontSize: 12, bold: true, margin: [0, 14, 0, 4] },
      {
        ul: k.definitionen.map((d) => ({
          text: [{ text: `${d.name}: `, bold: true }, `${d.definition} (Quelle: ${d.quelle})`],
        })),
        fontSize: 8,
      },
    ],
  };
  return renderePdf(doc);
}
