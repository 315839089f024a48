import { datumDe } from '@hilfewerk/rules/tag';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { fusszeile, renderePdf } from './pdf.ts';

/** A provider's notice to the granting Jugendamt, as sent (posteingang.inhalt of art veraenderung/gruppenangebot). */
export interface TraegerMitteilung {
  art: 'veraenderung' | 'gruppenangebot';
  traeger: string;
  jugendamt: string;
  datum: string;
  aktenzeichen: string;
  aktenzeichenJugendamt: string | null;
  jungerMensch: string | null;
  leistung: string;
  betreff: string;
  text: string;
  gesendetVon: string;
}

const UEBERSCHRIFT = {
  veraenderung: 'Mitteilung einer wesentlichen Veränderung',
  gruppenangebot: 'Mitteilung über ein Gruppenangebot',
} as const;

export function erzeugeTraegerMitteilungPdf(m: TraegerMitteilung): Promise<Buffer> {
  const doc: TDocumentDefinitions = {
    info: { title: `${UEBERSCHRIFT[m.art]} – ${m.aktenzeichen}` },
    pageMargins: [50, 50, 50, 50],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    footer: fusszeile(`${UEBERSCHRIFT[m.art]} · ${m.traeger} · vertraulich (§§ 61–65 SGB VIII)`, 50),
    content: [
      { text: 'VERTRAULICH – Sozialdaten', bold: true, color: '#b00020', fontSize: 9 },
      { text: UEBERSCHRIFT[m.art], fontSize: 15, bold: true, margin: [0, 6, 0, 10] },
      {
        table: {
          widths: [140, '*'],
          body: [
            ['Von', m.traeger],
            ['An', m.jugendamt],
            ['Datum', datumDe(m.datum)],
            ['Aktenzeichen (Träger)', m.aktenzeichen],
            ['Aktenzeichen (Jugendamt)', m.aktenzeichenJugendamt ?? '–'],
            ['Junger Mensch', m.jungerMensch ?? '–'],
            ['Hilfe', m.leistung],
            ['Gesendet von', m.gesendetVon],
          ],
        },
        layout: 'noBorders',
      },
      { text: m.betreff, bold: true, fontSize: 12, margin: [0, 14, 0, 4] },
      { text: m.text },
    ],
  };
  return renderePdf(doc);
}
