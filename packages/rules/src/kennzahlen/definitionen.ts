/**
 * Every key figure's meaning and where it comes from, once: the page shows it beside the value, the yearly
 * report prints it, docs/kennzahlen.md repeats it for readers of the code.
 */
export const KENNZAHL_DEFINITIONEN = {
  aufnahmen: {
    name: 'Aufnahmen',
    definition: 'Hilfen, deren Beginn im Zeitraum liegt.',
    quelle: 'KIJU-Leistungsbeschreibung, Ergebnisqualität: Leistungsstatistik „Aufnahme“',
  },
  entlassungen: {
    name: 'Entlassungen',
    definition: 'Hilfen, deren tatsächliches Ende im Zeitraum liegt.',
    quelle: 'KIJU-Leistungsbeschreibung, Ergebnisqualität: „Entlassung“',
  },
  entlassungenNachGrund: {
    name: 'Entlassungen nach Art der Beendigung',
    definition:
      'Die Entlassungen des Zeitraums nach der an der Hilfe erfassten Art: planmäßig (wie im Hilfeplan vorgesehen) oder unplanmäßig (Abbruch, Wechsel, Umzug …); Anteil planmäßig an denen mit Angabe.',
    quelle: 'KIJU-Leistungsbeschreibung, Ergebnisqualität: differenzierte Statistik zur Entlassung',
  },
  verweildauer: {
    name: 'Verweildauer',
    definition:
      'Der im Zeitraum beendeten Hilfen: Tage vom Beginn bis zum Ende, beide mitgezählt; Mittel auf eine Stelle, Median.',
    quelle: 'KIJU-Leistungsbeschreibung, Ergebnisqualität: „Verweildauer“',
  },
  belegendeJugendaemter: {
    name: 'Belegende Jugendämter',
    definition:
      'Jugendämter mit mindestens einer an einem Tag des Zeitraums laufenden Hilfe, mit ihrer Zahl.',
    quelle: 'KIJU-Leistungsbeschreibung, Ergebnisqualität: „Belegende Jugendämter“',
  },
  beschwerden: {
    name: 'Beschwerden',
    definition:
      'Im Zeitraum eingegangene Beschwerden; offen: bis zum letzten Tag eingegangen und nicht abgeschlossen.',
    quelle: 'KIJU-Leistungsbeschreibung, Ergebnisqualität: „Beschwerden“; § 45 Abs. 2 Nr. 4 SGB VIII',
  },
  stunden: {
    name: 'Stunden nach Art',
    definition:
      'Im Zeitraum erfasste Stunden je Art. Direkt = direkte Arbeit und Anteile an Gruppenangeboten, gegen den Plan: bewilligte Stunden je Monat, anteilig nach Kalendertagen der Hilfe im Monat. Für fallunspezifische Arbeit und Netzwerkarbeit ist kein Plan vereinbart.',
    quelle:
      'Bremerhaven Trägerbudget: Stundencontrolling, 80 % direkte Zeiten; fallunspezifische, fallübergreifende und Netzwerkarbeit als Kennzahlen',
  },
  auslastung: {
    name: 'Auslastung',
    definition:
      'Je Leistung mit Tagessatz: Belegungstage (Tage laufender Hilfen im Zeitraum) ÷ (Plätze der letzten Kalkulation × Kalendertage), gegen das vereinbarte Band.',
    quelle: 'Anlage D.8, Matrix: „Auslastung pro Platzangebot: 92 bis 95 %“',
  },
  fristen: {
    name: 'Fristen termingerecht',
    definition:
      'Fristen, die im Zeitraum vor heute fällig waren (ohne entfallene): Anteil der am oder vor dem Fälligkeitstag erledigten.',
    quelle: 'Fristen der Leistungsbeschreibungen und Rahmenverträge (Handlungsplan, Berichte, Hilfedauer)',
  },
  kinderschutz: {
    name: 'Verfahren nach § 8a',
    definition: 'Nur Anzahlen: im Zeitraum begonnene und abgeschlossene Verfahren, am letzten Tag offene.',
    quelle: '§ 8a Abs. 4 SGB VIII; Vereinbarung zum Schutzauftrag',
  },
} as const;

export type KennzahlSchluessel = keyof typeof KENNZAHL_DEFINITIONEN;
