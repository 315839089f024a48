import { datumDe } from '@hilfewerk/rules/tag';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { euroDe, mengeDe } from './format.ts';
import { fusszeile, renderePdf } from './pdf.ts';
import { faelligAm, pruefeRechnung, type Rechnung, STEUERBEFREIUNG } from './rechnung.ts';

/**
 * The human-readable invoice (or credit note) to the Jugendamt: one line per Hilfe with
 * the Jugendamt's file number and grant reference, so the Wirtschaftliche Jugendhilfe can
 * book each line against its case without asking back.
 */
export function erzeugeRechnungPdf(r: Rechnung): Promise<Buffer> {
  pruefeRechnung(r);
  return renderePdf(rechnungDefinition(r));
}

const grau = '#555555';

function titel(r: Rechnung): string {
  return r.art === 'gutschrift' ? `Gutschrift ${r.nummer}` : `Rechnung ${r.nummer}`;
}

/** IBAN in groups of four, as printed on paper. */
function ibanDe(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

function rechnungDefinition(r: Rechnung): TDocumentDefinitions {
  const v = r.verkaeufer;
  const k = r.kaeufer;
  const angaben: [string, string][] = [
    [r.art === 'gutschrift' ? 'Gutschriftsnummer' : 'Rechnungsnummer', r.nummer],
    ['Datum', datumDe(r.datum)],
    ['Leistungszeitraum', `${datumDe(r.leistungszeitraum.von)} – ${datumDe(r.leistungszeitraum.bis)}`],
    ['Leitweg-ID', k.leitwegId],
  ];
  if (r.art === 'gutschrift' && r.bezugNummer) {
    angaben.push(['Zur Rechnung', r.bezugNummer + (r.bezugDatum ? ` vom ${datumDe(r.bezugDatum)}` : '')]);
  }
  angaben.push(
    ['Ansprechpartner', v.kontakt.name],
    ['Telefon', v.kontakt.telefon],
    ['E-Mail', v.kontakt.email],
  );

  const einleitung =
    r.art === 'gutschrift'
      ? `hiermit schreiben wir Ihnen zur Rechnung ${r.bezugNummer}${r.bezugDatum ? ` vom ${datumDe(r.bezugDatum)}` : ''} die folgenden Beträge gut:`
      : 'für die im Leistungszeitraum erbrachten Hilfen berechnen wir:';

  const zahlung =
    r.art === 'gutschrift'
      ? `Den Betrag von ${euroDe(r.summe)} erstatten wir Ihnen oder verrechnen ihn mit Ihrer nächsten Zahlung.`
      : `Bitte überweisen Sie ${euroDe(r.summe)} ohne Abzug bis zum ${datumDe(faelligAm(r))} (Zahlungsziel ${r.zahlungszielTage} Tage) auf das Konto IBAN ${ibanDe(v.iban)}${v.bic ? `, BIC ${v.bic}` : ''}, Verwendungszweck: ${r.nummer}.`;

  const steuerangabe = [
    v.steuernummer ? `Steuernummer ${v.steuernummer}` : undefined,
    v.ustId ? `USt-IdNr. ${v.ustId}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');

  const inhalt: Content[] = [
    {
      columns: [
        {
          width: '*',
          stack: [
            {
              text: `${v.name} · ${v.strasse} · ${v.plz} ${v.ort}`,
              fontSize: 7,
              color: grau,
              margin: [0, 0, 0, 6],
            },
            { text: k.name, bold: true },
            k.strasse,
            `${k.plz} ${k.ort}`,
          ],
        },
        {
          width: 220,
          table: { widths: [90, '*'], body: angaben.map(([a, b]) => [{ text: a, color: grau }, b]) },
          layout: 'noBorders',
          fontSize: 8,
        },
      ],
      margin: [0, 0, 0, 30],
    },
    { text: titel(r), style: 'titel' },
    { text: 'Sehr geehrte Damen und Herren,', margin: [0, 0, 0, 4] },
    { text: einleitung, margin: [0, 0, 0, 10] },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [22, '*', 44, 36, 56, 66],
        body: [
          [
            { text: 'Pos.', bold: true },
            { text: 'Leistung', bold: true },
            ...['Menge', 'Einheit', 'Satz', 'Betrag'].map((t) => ({
              text: t,
              bold: true,
              alignment: 'right' as const,
            })),
          ],
          ...r.positionen.map((p, i) => [
            String(i + 1),
            {
              stack: [
                p.text,
                {
                  text: `Zeitraum ${datumDe(p.zeitraumVon)} – ${datumDe(p.zeitraumBis)} · Aktenzeichen Jugendamt: ${p.aktenzeichenJugendamt} · Bewilligung: ${p.bewilligung}`,
                  fontSize: 7,
                  color: grau,
                },
              ],
            },
            { text: mengeDe(p.menge), alignment: 'right' as const },
            { text: p.einheit, alignment: 'right' as const },
            // A part month's rate is per the month's days, so the line reads days × rate ÷ days.
            {
              text: p.basismenge ? `${euroDe(p.satz)} je ${mengeDe(p.basismenge)} Tage` : euroDe(p.satz),
              alignment: 'right' as const,
            },
            { text: euroDe(p.betrag), alignment: 'right' as const },
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 8,
      margin: [0, 0, 0, 8],
    },
    {
      columns: [
        { width: '*', text: '' },
        {
          width: 220,
          table: {
            widths: ['*', 80],
            body: [
              ['Summe der Positionen', { text: euroDe(r.summe), alignment: 'right' as const }],
              ['Umsatzsteuer 0 %', { text: euroDe('0'), alignment: 'right' as const }],
              [
                { text: r.art === 'gutschrift' ? 'Gutschriftsbetrag' : 'Rechnungsbetrag', bold: true },
                { text: euroDe(r.summe), bold: true, alignment: 'right' as const },
              ],
            ],
          },
          layout: 'lightHorizontalLines',
        },
      ],
      margin: [0, 0, 0, 12],
    },
    { text: `${STEUERBEFREIUNG}.`, margin: [0, 0, 0, 6] },
    { text: zahlung, margin: [0, 0, 0, 12] },
    { text: 'Mit freundlichen Grüßen' },
    { text: v.name },
  ];

  return {
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 70],
    info: { title: titel(r), author: v.name, subject: `Leitweg-ID ${k.leitwegId}` },
    content: inhalt,
    footer: (seite: number, seiten: number) => ({
      stack: [
        {
          text: [
            v.name,
            `${v.strasse}, ${v.plz} ${v.ort}`,
            steuerangabe,
            `IBAN ${ibanDe(v.iban)}${v.bic ? ` · BIC ${v.bic}` : ''}`,
          ]
            .filter(Boolean)
            .join(' · '),
          fontSize: 7,
          color: grau,
          margin: [50, 0, 50, 2],
        },
        fusszeile(`${titel(r)} vom ${datumDe(r.datum)}`, 50)(seite, seiten),
      ],
    }),
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: { titel: { fontSize: 14, bold: true, margin: [0, 0, 0, 10] } },
  };
}
