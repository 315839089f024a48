// Benchmark: calculations per second of the pure rate engine on one core (no I/O after warm-up).
// Run: node --import tsx bench/kalkulation.ts
import { berechneEntgelt } from '../packages/rules/src/kalkulation/index.ts';

const ZIEL_JE_SEKUNDE = 10_000;
const DAUER_MS = 2_000;

const faelle: Record<string, unknown> = {
  'berlin-d8 gruppe-regel (Beispiel aus docs/cli.md)': {
    leistung: 'berlin-d8',
    variante: 'gruppe-regel',
    stichtag: '2025-01-01',
    plaetze: 10,
    betreuungseinheiten: 5,
    gruppen: 1,
    auslastung: 0.93,
    weiterePersonen: 1,
    nachtbereitschaft: { stundenProNacht: 8, naechte: 365, jahresstundenVk: 2000 },
    erstkalkulation: true,
    personalkosten: { fachkraft: '68000.00', leitung: '85000.00' },
    sachkosten: '60000.00',
  },
  'lt11-nachbetreuung Monatspauschale': {
    leistung: 'lt11-nachbetreuung',
    stichtag: '2025-01-01',
    fallzahl: 24,
    personalkosten: { sozialpaedagogik: '62000.00', erziehung: '52000.00', leitung: '80000.00' },
    verwaltung: { prozent: 8 },
    sachkosten: '18000.00',
  },
  'kiju-nachbetreuung Fachleistungsstunde': {
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
};

function messe(eingabe: unknown): { proSekunde: number; entgelt: string } {
  const { entgelt } = berechneEntgelt(eingabe);
  for (let i = 0; i < 2_000; i++) berechneEntgelt(eingabe);
  let anzahl = 0;
  const start = performance.now();
  while (performance.now() - start < DAUER_MS) {
    for (let i = 0; i < 100; i++) berechneEntgelt(eingabe);
    anzahl += 100;
  }
  return { proSekunde: Math.round((anzahl * 1000) / (performance.now() - start)), entgelt: entgelt.betrag };
}

const zeilen = Object.entries(faelle).map(([name, eingabe]) => {
  const { proSekunde, entgelt } = messe(eingabe);
  return {
    name,
    entgelt,
    ergebnis: `${proSekunde.toLocaleString('de-DE')}/s`,
    ziel: `≥ ${ZIEL_JE_SEKUNDE.toLocaleString('de-DE')}/s`,
    ok: proSekunde >= ZIEL_JE_SEKUNDE,
  };
});
console.table(zeilen);
process.exitCode = zeilen.every((z) => z.ok) ? 0 : 1;
