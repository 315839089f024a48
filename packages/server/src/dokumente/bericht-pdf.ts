import { datumDe } from '@hilfewerk/rules/tag';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Briefkopf } from '../use-cases/berichte/intern/briefkopf.ts';
import { fusszeile, renderePdf } from './pdf.ts';

/** Headings of the sections the report templates use; other keys are shown as written. */
export const ABSCHNITT_TITEL: Record<string, string> = {
  ausgangslage: 'Ausgangslage',
  auftrag: 'Auftrag laut Hilfeplan',
  ziele: 'Ziele und Teilziele',
  verlauf: 'Verlauf und Entwicklung',
  massnahmen: 'Vereinbarte Schritte',
  beteiligung: 'Beteiligung des jungen Menschen und der Sorgeberechtigten',
  gruppenangebote: 'Fallübergreifende Arbeit (Gruppenangebote)',
  einschaetzung: 'Fachliche Einschätzung',
  ausblick: 'Ausblick und Empfehlung',
  text: 'Bericht',
};

export interface BerichtDokument {
  titel: string;
  kopf: Briefkopf;
  inhalt: Record<string, unknown>;
  /** When it was sent (ISO timestamp). */
  gesendetAm: string;
}

const grau = '#555555';
const ueberschrift = (schluessel: string) =>
  ABSCHNITT_TITEL[schluessel] ?? schluessel.charAt(0).toUpperCase() + schluessel.slice(1);

function wert(w: unknown): Content {
  if (w === null || w === undefined) return { text: '—', color: grau };
  if (Array.isArray(w)) return { ul: w.map(wert), margin: [0, 0, 0, 6] };
  if (typeof w === 'object') {
    return {
      stack: Object.entries(w as Record<string, unknown>).map(([k, v]) => ({
        stack: [{ text: ueberschrift(k), bold: true, fontSize: 9 }, wert(v)],
        margin: [0, 0, 0, 4],
      })),
    };
  }
  return { text: String(w), margin: [0, 0, 0, 6] };
}

/** The sent report as the Jugendamt receives it: letterhead, the Hilfe it is about, its sections. */
export function erzeugeBerichtPdf(d: BerichtDokument): Promise<Buffer> {
  const k = d.kopf;
  const gesendet = datumDe(d.gesendetAm.slice(0, 10));
  const person = k.jungerMensch
    ? `${k.jungerMensch.vorname} ${k.jungerMensch.nachname}${
        k.jungerMensch.geburtsdatum ? `, geb. ${datumDe(k.jungerMensch.geburtsdatum)}` : ''
      }`
    : '—';
  const inhalt: Content[] = [
    { text: k.traeger, color: grau, margin: [0, 0, 0, 4] },
    { text: `An: ${k.jugendamt}`, margin: [0, 0, 0, 14] },
    { text: d.titel, fontSize: 16, bold: true, margin: [0, 0, 0, 10] },
    {
      table: {
        widths: [140, '*'],
        body: [
          ['Junger Mensch', person],
          ['Leistung', k.leistung],
          ['Hilfebeginn', datumDe(k.hilfebeginn)],
          ['Aktenzeichen Träger', k.aktenzeichen],
          ['Aktenzeichen Jugendamt', k.aktenzeichenJugendamt ?? '—'],
          ['Gesendet', `${gesendet} von ${k.gesendetVon}`],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 14],
    },
    ...Object.entries(d.inhalt).flatMap(([schluessel, w]): Content[] => [
      { text: ueberschrift(schluessel), fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
      wert(w),
    ]),
  ];
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 50],
    info: { title: `${d.titel} – ${k.aktenzeichen}`, author: k.traeger },
    content: inhalt,
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    footer: fusszeile(`${d.titel} · ${k.aktenzeichen} · gesendet am ${gesendet}`, 50),
  };
  return renderePdf(doc);
}
