// Benchmark of the e-invoice documents: generating the XRechnung of 100 invoices (each with 5 lines of
// Fachleistungsstunden, Monatspauschale in part of a month and Tagessatz) and checking all of them with
// the official rules (UBL 2.1 schema, EN 16931, XRechnung 3.0) in one process, as the tests do.
// No target: the figures tell how long the suite's official checks take per document.
// Needs the validators in ../shared/validators (or HILFEWERK_VALIDATORS); without them it fails.
// Run: node --import tsx bench/xrechnung.ts
import Decimal from 'decimal.js';
import type { Rechnung, Rechnungsposition } from '../packages/server/src/dokumente/rechnung.ts';
import {
  amtlichePruefung,
  beanstandungen,
} from '../packages/server/src/dokumente/test-hilfen/amtliche-pruefung.ts';
import {
  beispielPauschale,
  beispielRechnung,
  beispielTagessatz,
} from '../packages/server/src/dokumente/test-hilfen/beispiele.ts';
import { erzeugeXRechnung } from '../packages/server/src/dokumente/xrechnung.ts';

const ANZAHL = 100;
const vorlagen: Rechnungsposition[] = [
  ...beispielRechnung.positionen,
  ...beispielPauschale.positionen,
  beispielTagessatz.positionen[0],
];

function rechnung(i: number): Rechnung {
  // Every line inside the invoice period (PEPPOL-EN16931-R110/R111).
  const { von, bis } = beispielRechnung.leistungszeitraum;
  const positionen = vorlagen.map((p, j) => ({
    ...p,
    hilfeId: `h-${i}-${j}`,
    zeitraumVon: von,
    zeitraumBis: bis,
  }));
  const summe = positionen.reduce((s, p) => s.plus(p.betrag), new Decimal(0)).toFixed(2);
  return { ...beispielRechnung, nummer: `RE-2026-${String(i + 1).padStart(5, '0')}`, positionen, summe };
}

const rechnungen = Array.from({ length: ANZAHL }, (_, i) => rechnung(i));
let beginn = performance.now();
const xmls: string[] = [];
for (const r of rechnungen) xmls.push(await erzeugeXRechnung(r));
const erzeugen = (performance.now() - beginn) / 1000;

// The first check loads (and on first use compiles) the rules: measured apart from the 100.
beginn = performance.now();
amtlichePruefung([xmls[0]]);
const laden = (performance.now() - beginn) / 1000;
beginn = performance.now();
const befunde = amtlichePruefung(xmls).map(beanstandungen);
const pruefen = (performance.now() - beginn) / 1000;
const abgelehnt = befunde.filter((b) => b.length > 0);
if (abgelehnt.length > 0) {
  throw new Error(`${abgelehnt.length} XRechnungen abgelehnt, z. B.: ${abgelehnt[0].join('; ')}`);
}
console.log(`\nXRechnung, ${ANZAHL} Rechnungen mit je ${vorlagen.length} Positionen, eine Messung`);
console.log('| Schritt | Sekunden | je Rechnung (ms) |');
console.log('|---|---:|---:|');
console.log(
  `| erzeugen (e-invoice-eu) | ${erzeugen.toFixed(2)} | ${((erzeugen / ANZAHL) * 1000).toFixed(0)} |`,
);
console.log(`| Prüfregeln laden (einmal je Prozess) | ${laden.toFixed(2)} | – |`);
console.log(
  `| amtlich prüfen (Schema, EN 16931, XRechnung) | ${pruefen.toFixed(2)} | ${((pruefen / ANZAHL) * 1000).toFixed(0)} |`,
);
console.log(`Alle ${ANZAHL} bestehen die amtliche Prüfung.`);
