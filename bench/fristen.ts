// Benchmark: derive all deadlines of 100,000 Hilfen on one core, input validation included (berechneFristen).
// Run: node --import tsx bench/fristen.ts
import { berechneFristen } from '../packages/rules/src/fristen/index.ts';

const ANZAHL = 100_000;
const ZIEL_MS = 2_000;

// A small deterministic generator, so that every run measures the same Hilfen.
let saat = 20250303;
function zufall(n: number): number {
  saat = (Math.imul(saat, 1103515245) + 12345) >>> 0;
  return saat % n;
}
const iso = (jahr: number, monat: number, tag: number) =>
  `${jahr}-${String(monat).padStart(2, '0')}-${String(tag).padStart(2, '0')}`;
function tagIm(jahr: number): string {
  return iso(jahr, 1 + zufall(12), 1 + zufall(28));
}

const LEISTUNGEN = [
  {
    leistung: 'bremerhaven-ambulant',
    bundesland: 'HB',
    arten: ['hpg', 'abschlussgespraech', 'abstimmungsbedarf'],
  },
  { leistung: 'kiju-nachbetreuung', bundesland: 'NW', arten: ['hpg', 'krise'] },
  { leistung: 'lt11-nachbetreuung', bundesland: 'HB', arten: [] },
  { leistung: 'berlin-d8', bundesland: 'BE', arten: ['hpg'] },
] as const;

function hilfe(i: number): Record<string, unknown> {
  const art = LEISTUNGEN[i % LEISTUNGEN.length];
  const jahr = 2024 + zufall(4);
  const monat = 1 + zufall(12);
  const tag = 1 + zufall(28);
  const lt11 = art.leistung === 'lt11-nachbetreuung';
  const ende = lt11 ? iso(jahr + (monat + 2 > 12 ? 1 : 0), ((monat + 1) % 12) + 1, tag) : tagIm(jahr + 1);
  return {
    leistung: art.leistung,
    variante: art.leistung === 'kiju-nachbetreuung' ? 'eigene-wohnung' : null,
    minderjaehrig: zufall(2) === 0,
    bundesland: art.bundesland,
    hilfebeginn: iso(jahr, monat, tag),
    geplantesEnde: ende,
    ausnahmeBegruendung: null,
    ereignisse: art.arten.flatMap((a) =>
      Array.from({ length: 1 + zufall(2) }, () => ({ art: a, datum: tagIm(jahr), bekanntSeit: tagIm(jahr) })),
    ),
    bis: iso(jahr + 2, 12, 31),
  };
}

const hilfen = Array.from({ length: ANZAHL }, (_, i) => hilfe(i));

const start = performance.now();
let anzahlFristen = 0;
for (const h of hilfen) anzahlFristen += berechneFristen(h).fristen.length;
const dauer = performance.now() - start;

const zeilen = [
  ['Messung', 'Ergebnis', 'Ziel'],
  [
    `Fristen für ${ANZAHL.toLocaleString('de-DE')} Hilfen (ein Kern, kalt)`,
    `${Math.round(dauer)} ms`,
    `< ${ZIEL_MS} ms`,
  ],
  ['abgeleitete Fristen', anzahlFristen.toLocaleString('de-DE'), '—'],
  [
    'je Hilfe',
    `${((dauer * 1000) / ANZAHL).toFixed(1)} µs`,
    `< ${((ZIEL_MS * 1000) / ANZAHL).toFixed(0)} µs`,
  ],
];
const breiten = zeilen[0].map((_, s) => Math.max(...zeilen.map((z) => z[s].length)));
for (const z of zeilen) console.log(`| ${z.map((zelle, s) => zelle.padEnd(breiten[s])).join(' | ')} |`);
console.log(dauer < ZIEL_MS ? 'Ziel erreicht.' : 'Ziel verfehlt.');
process.exitCode = dauer < ZIEL_MS ? 0 : 1;
