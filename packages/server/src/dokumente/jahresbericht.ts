import type { Kennzahlen } from '@hilfewerk/api';
import { datumDe } from '@hilfewerk/rules/tag';

/** What the yearly report is for: which contract asks for it, decided by the organisation's services. */
export interface Berichtsart {
  titel: string;
  anlass: string;
}

/**
 * Bremerhaven: the provider reports its key figures to the Jugendamt every year (first report 31.03.2026);
 * LT 11: the figures are the annex of the quality development report (at least every 2 years).
 */
export function berichtsarten(leistungen: readonly string[]): Berichtsart[] {
  const arten: Berichtsart[] = [];
  if (leistungen.includes('bremerhaven-ambulant')) {
    arten.push({
      titel: 'Bericht des Trägers an das Jugendamt Bremerhaven',
      anlass:
        'Trägerbudget ambulante Hilfen zur Erziehung: jährlicher Bericht des Trägers (erstmals zum 31.03.2026).',
    });
  }
  if (leistungen.includes('lt11-nachbetreuung')) {
    arten.push({
      titel: 'Anlage zum Qualitätsentwicklungsbericht (LT 11 Nachbetreuung)',
      anlass: 'Leistungsangebotstyp 11, Nr. 10: Qualitätsentwicklungsbericht mindestens alle 2 Jahre.',
    });
  }
  if (arten.length === 0) {
    arten.push({
      titel: 'Jahresbericht Kennzahlen',
      anlass: 'Leistungsstatistik der Leistungsbeschreibung.',
    });
  }
  return arten;
}

export interface Tabelle {
  titel: string;
  kopf: [string, string];
  zeilen: [string, string | number][];
}

const p = (w: number | null) => (w === null ? '–' : `${w.toLocaleString('de-DE')} %`);
const h = (w: number) => w.toLocaleString('de-DE', { maximumFractionDigits: 2 });

/** The figures as tables, the same for the PDF and the workbook. Numbers stay numbers for the workbook. */
export function berichtsTabellen(k: Kennzahlen): Tabelle[] {
  const t: Tabelle[] = [
    {
      titel: 'Leistungsstatistik',
      kopf: ['Kennzahl', 'Wert'],
      zeilen: [
        ['Aufnahmen', k.aufnahmen],
        ['Entlassungen', k.entlassungen],
        ['davon planmäßig', k.entlassungenNachGrund.planmaessig],
        ['davon unplanmäßig', k.entlassungenNachGrund.unplanmaessig],
        ['davon ohne Angabe', k.entlassungenNachGrund.ohneAngabe],
        ['Anteil planmäßig', p(k.entlassungenNachGrund.anteilPlanmaessigProzent)],
        ['Verweildauer Mittel (Tage)', k.verweildauerTage.mittel ?? '–'],
        ['Verweildauer Median (Tage)', k.verweildauerTage.median ?? '–'],
        ['Beschwerden eingegangen', k.beschwerden],
        ['Beschwerden offen am Jahresende', k.beschwerdenOffen],
        ['Fristen fällig', k.fristen.faellig],
        ['Fristen termingerecht erledigt', k.fristen.termingerecht],
        ['Anteil termingerecht', p(k.fristen.anteilProzent)],
        ['Verfahren nach § 8a begonnen', k.kinderschutz.begonnen],
        ['Verfahren nach § 8a abgeschlossen', k.kinderschutz.abgeschlossen],
        // The page shows begun / closed / open; the report left the open ones out.
        ['Verfahren nach § 8a offen am Jahresende', k.kinderschutz.offenAmEnde],
      ],
    },
    {
      titel: 'Stunden nach Art',
      kopf: ['Art', 'Stunden'],
      zeilen: [
        ['Direkt (Ist)', k.stunden.direkt.ist],
        ['Direkt (Plan)', k.stunden.direkt.plan],
        ['Erfüllung Plan', p(k.stunden.direkt.erfuellungProzent)],
        ['davon fallübergreifend', k.stunden.falluebergreifend],
        ['Fallunspezifisch', k.stunden.fallunspezifisch],
        ['Netzwerkarbeit', k.stunden.netzwerkarbeit],
        ['Indirekt', k.stunden.indirekt],
        ['Fahrzeit', k.stunden.fahrzeit],
      ],
    },
    {
      titel: 'Belegende Jugendämter',
      kopf: ['Jugendamt', 'Hilfen'],
      zeilen: k.belegendeJugendaemter.map((j) => [j.name, j.hilfen]),
    },
  ];
  for (const a of k.auslastung) {
    t.push({
      titel: `Auslastung ${a.name}`,
      kopf: ['Kennzahl', 'Wert'],
      zeilen: [
        ['Plätze', a.plaetze ?? '–'],
        ['Belegungstage', a.belegungstage],
        ['Auslastung', p(a.quoteProzent)],
        ['Vereinbartes Band', `${a.min}–${a.max} %`],
      ],
    });
  }
  if (k.bremerhaven) {
    t.push({
      titel: 'Kennzahlen Trägerbudget Bremerhaven',
      kopf: ['Kennzahl', 'Wert'],
      zeilen: k.bremerhaven.map((b) => [
        `${b.nr}. ${b.kennzahl}`,
        b.wert === null ? 'nicht erfasst' : `${h(b.wert)} ${b.einheit}`.trim(),
      ]),
    });
  }
  return t;
}

export const zeitraumText = (k: Kennzahlen) => `${datumDe(k.zeitraum.von)} – ${datumDe(k.zeitraum.bis)}`;
