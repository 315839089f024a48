import {
  AUDIT_AKTIONEN_TEXT,
  AUDIT_RESSOURCEN_TEXT,
  EREIGNIS_ARTEN_TEXT,
  FALL_STATUS_TEXT,
  FRIST_STATUS_TEXT,
  LEISTUNGS_ARTEN_TEXT,
  PERSON_ROLLEN_TEXT,
} from '@hilfewerk/api';
import { datumDe } from '@hilfewerk/rules/tag';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { auskunftPerson } from '../use-cases/personen/auskunft-person.ts';
import { fusszeile, renderePdf } from './pdf.ts';

export type Auskunft = Awaited<ReturnType<typeof auskunftPerson>>;

const uhrzeit = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  hour: '2-digit',
  minute: '2-digit',
});

/** A timestamp as TT.MM.JJJJ HH:MM, Berlin time: the day read from the Berlin clock, not from UTC. */
function zeitpunktDe(wert: string | Date): string {
  const d = typeof wert === 'string' ? new Date(wert) : wert;
  const tag = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(d);
  return `${datumDe(tag)} ${uhrzeit.format(d)}`;
}

const text = <T extends string>(tabelle: Record<T, string>, code: string): string =>
  (tabelle as Record<string, string>)[code] ?? code;

function abschnitt(
  titel: string,
  kopf: string[],
  zeilen: string[][],
  breiten?: (number | string)[],
): Content[] {
  return [
    { text: titel, bold: true, fontSize: 12, margin: [0, 12, 0, 4] },
    zeilen.length
      ? {
          table: {
            headerRows: 1,
            widths: breiten ?? kopf.map(() => '*'),
            body: [kopf.map((k) => ({ text: k, bold: true })), ...zeilen],
          },
          layout: 'lightHorizontalLines',
          fontSize: 8,
        }
      : { text: 'Keine Einträge.', italics: true },
  ];
}

/**
 * The Art. 15 GDPR information as a PDF to hand to the person: the same content as the JSON export, with
 * German headings and dates, technical keys (ids, versions) left out because they say nothing to the reader.
 */
export function erzeugeAuskunftPdf(a: Auskunft): Promise<Buffer> {
  const p = a.person;
  const name = `${p.vorname} ${p.nachname}`;
  const doc: TDocumentDefinitions = {
    info: { title: `Auskunft nach Art. 15 DSGVO – ${name}` },
    pageMargins: [40, 50, 40, 50],
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    footer: fusszeile(`Auskunft nach Art. 15 DSGVO · ${a.verantwortlicher.name} · vertraulich`),
    content: [
      { text: 'VERTRAULICH – Sozialdaten', bold: true, color: '#b00020', fontSize: 9 },
      { text: 'Auskunft nach Art. 15 DSGVO', fontSize: 16, bold: true, margin: [0, 6, 0, 10] },
      {
        table: {
          widths: [160, '*'],
          body: [
            ['Verantwortlicher', a.verantwortlicher.name],
            ['Erstellt am', zeitpunktDe(a.erstelltAm)],
            ['Betroffene Person', name],
            ['Geburtsdatum', datumDe(p.geburtsdatum)],
            ['Rolle in der Akte', text(PERSON_ROLLEN_TEXT, p.rolle)],
            ['Einwilligung erteilt am', datumDe(p.zustimmungAm)],
            ['Aktenzeichen', a.fall.aktenzeichen],
            ['Akte', a.fall.bezeichnung],
            ['Status der Akte', text(FALL_STATUS_TEXT, a.fall.status)],
            ['Akte angelegt am', zeitpunktDe(a.fall.erstelltAm)],
            ['Empfänger der Daten', a.empfaenger.length ? a.empfaenger.join(', ') : '–'],
          ],
        },
        layout: 'noBorders',
      },
      ...abschnitt(
        'Hilfen',
        ['Leistung', 'Rechtsgrundlage', 'Jugendamt', 'Beginn', 'Ende'],
        a.hilfen.map((h) => [
          h.leistung,
          h.rechtsgrundlage,
          h.jugendamt ?? '–',
          datumDe(h.beginn),
          datumDe(h.tatsaechlichesEnde ?? h.geplantesEnde),
        ]),
      ),
      ...abschnitt(
        'Ereignisse',
        ['Datum', 'Art', 'Notiz'],
        a.ereignisse.map((e) => [datumDe(e.datum), text(EREIGNIS_ARTEN_TEXT, e.art), e.notiz ?? '']),
        [60, 120, '*'],
      ),
      ...abschnitt(
        'Notizen',
        ['Erstellt am', 'Text'],
        a.notizen.map((n) => [zeitpunktDe(n.erstelltAm), n.text]),
        [80, '*'],
      ),
      ...abschnitt(
        'Fristen',
        ['Fällig am', 'Bezeichnung', 'Status', 'Erledigt am'],
        a.fristen.map((f) => [
          datumDe(f.faellig),
          f.bezeichnung || f.regel,
          text(FRIST_STATUS_TEXT, f.status),
          datumDe(f.erledigtAm),
        ]),
        [60, '*', 70, 60],
      ),
      ...abschnitt(
        'Dokumentierte Leistungen',
        ['Datum', 'Art', 'Minuten', 'Bemerkung'],
        a.leistungseintraege.map((l) => [
          datumDe(l.datum),
          text(LEISTUNGS_ARTEN_TEXT, l.art),
          String(l.minuten),
          l.bemerkung ?? '',
        ]),
        [60, 120, 50, '*'],
      ),
      ...abschnitt(
        'Zugriffe auf die Akte',
        ['Zeitpunkt', 'Benutzer', 'Aktion', 'Bereich'],
        a.zugriffe.map((z) => [
          zeitpunktDe(z.zeitpunkt),
          z.benutzer ?? '–',
          text(AUDIT_AKTIONEN_TEXT, z.aktion),
          text(AUDIT_RESSOURCEN_TEXT, z.ressource),
        ]),
        [80, '*', 90, '*'],
      ),
      { text: 'Hinweise', bold: true, fontSize: 12, margin: [0, 12, 0, 4] },
      { ul: a.hinweise },
    ],
  };
  return renderePdf(doc);
}
