import { type Db, kalkulation } from '@hilfewerk/db';
import { rechne } from '../use-cases/kalkulationen/intern/rechne.ts';

/**
 * One saved calculation per service system, each at the provider that works under it. Only the inputs
 * are written here: the results come from the engine at load time, so the demo never shows a number the
 * engine would not compute.
 */
export interface DemoKalkulation {
  org: string;
  /** E-mail of the demo account that saved it. */
  von: string;
  bezeichnung: string;
  kommentar: string;
  eingabe: Record<string, unknown>;
}

export const DEMO_KALKULATIONEN: DemoKalkulation[] = [
  {
    org: 'muki',
    von: 'leitung@mukiberlin.demo',
    bezeichnung: 'Mutter-Kind-Gruppe Spree 2025',
    kommentar: 'Erstkalkulation für die Entgeltverhandlung',
    eingabe: {
      leistung: 'berlin-d8',
      variante: 'gruppe-regel',
      stichtag: '2025-01-01',
      plaetze: 10,
      gruppen: 1,
      auslastung: 0.93,
      erstkalkulation: true,
      personalkosten: { fachkraft: '68000.00', leitung: '85000.00' },
      sachkosten: '60000.00',
      nebenkosten: '24000.00',
    },
  },
  {
    org: 'tbh',
    von: 'leitung@traeger-bremerhaven.demo',
    bezeichnung: 'Nachbetreuung LT 11, 24 Fälle',
    kommentar: 'Monatspauschale nach Berechnungsbogen',
    eingabe: {
      leistung: 'lt11-nachbetreuung',
      stichtag: '2025-01-01',
      fallzahl: 24,
      personalkosten: { sozialpaedagogik: '66000.00', erziehung: '58000.00', leitung: '78000.00' },
      verwaltung: { prozent: 8 },
      sachkosten: '18000.00',
    },
  },
  {
    org: 'tbh',
    von: 'leitung@traeger-bremerhaven.demo',
    bezeichnung: 'Trägerbudget ambulante HzE 2025–2029',
    kommentar: 'Budget laut Vereinbarung, 20 VK Fachkraft und 4 VK semiprofessionell',
    eingabe: {
      leistung: 'bremerhaven-ambulant',
      variante: 'p31',
      stichtag: '2025-01-01',
      gesamtbudget: '9000000.00',
      monate: 60,
      direktanteil: 0.8,
      vkFachkraft: 20,
      vkSemiprofessionell: 4,
      jahresstundenVk: 1600,
    },
  },
  {
    org: 'kiju',
    von: 'leitung@kiju.demo',
    bezeichnung: 'Fachleistungsstunde Nachbetreuung 2025',
    kommentar: 'Kalkulation für das Jugendamt Wuppertal',
    eingabe: {
      leistung: 'kiju-nachbetreuung',
      variante: 'eigene-wohnung',
      stichtag: '2025-01-01',
      personalkosten: { fachkraft: '65000.00' },
      jahresstundenVk: 2000,
      ausfallstunden: { feiertage: 80, urlaub: 240, krankheit: 100, fortbildung: 40 },
      direktanteil: 0.75,
      gemeinkostenProzent: 20,
      sachkostenVk: '6000.00',
    },
  },
];

/** Writes the demo calculations as version 1 of their own series (inside the demo loader's transaction). */
export async function ladeDemoKalkulationen(
  tx: Db,
  orgId: (schluessel: string) => string,
  benutzerId: (email: string) => string,
): Promise<void> {
  for (const d of DEMO_KALKULATIONEN) {
    const ergebnis = rechne(d.eingabe);
    const id = crypto.randomUUID();
    await tx.insert(kalkulation).values({
      id,
      organisationId: orgId(d.org),
      reiheId: id,
      bezeichnung: d.bezeichnung,
      leistung: ergebnis.leistung,
      variante: ergebnis.variante,
      stichtag: ergebnis.stichtag,
      eingabe: d.eingabe,
      ergebnis,
      entgelt: ergebnis.entgelt.betrag,
      version: 1,
      kommentar: d.kommentar,
      erstelltVon: benutzerId(d.von),
    });
  }
}
