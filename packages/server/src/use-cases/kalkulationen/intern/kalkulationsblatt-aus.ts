import { ladeLeistung } from '@hilfewerk/rules';
import Decimal from 'decimal.js';
import { euroDe, mengeDe } from '../../../dokumente/format.ts';
import type { Kalkulationsblatt } from '../../../dokumente/kalkulationsblatt.ts';
import { eingabevorgaben } from './eingabe-felder.ts';
import { divisorWert, type Kalkulationsergebnis } from './rechne.ts';

const KOPFFELDER = new Set(['leistung', 'variante', 'stichtag']);

/** Nested input as `pfad → wert`, e.g. `personalkosten.fachkraft → "68000.00"`. */
function flach(wert: unknown, pfad = ''): [string, unknown][] {
  if (wert !== null && typeof wert === 'object' && !Array.isArray(wert)) {
    return Object.entries(wert).flatMap(([k, v]) => flach(v, pfad ? `${pfad}.${k}` : k));
  }
  return [[pfad, wert]];
}

/** The inputs as a negotiator reads them: labelled like the form, money and shares in German notation. */
function formfelder(ergebnis: Kalkulationsergebnis) {
  return new Map(
    eingabevorgaben(ergebnis.leistung, ergebnis.variante, ergebnis.stichtag).felder.map((f) => [f.feld, f]),
  );
}

function eingabenLesbar(eingabe: Record<string, unknown>, felder: ReturnType<typeof formfelder>) {
  return flach(eingabe)
    .filter(([pfad, wert]) => !KOPFFELDER.has(pfad) && wert !== undefined && wert !== null)
    .map(([pfad, wert]) => {
      const f = felder.get(pfad);
      const label = f?.label ?? pfad;
      if (typeof wert === 'boolean') return { label, wert: wert ? 'ja' : 'nein' };
      if (f?.art === 'geld') return { label, wert: euroDe(String(wert)) };
      if (f?.art === 'anteil')
        return { label, wert: `${mengeDe(new Decimal(String(wert)).times(100).toString())} %` };
      const text = typeof wert === 'number' ? mengeDe(wert) : String(wert);
      return { label, wert: f?.einheit ? `${text} ${f.einheit}` : text };
    });
}

export interface Blattkopf {
  organisation: string;
  erstelltVon: string;
  erstelltAm: string;
  version: number | string;
}

/** Maps a calculation to what the XLSX and PDF documents print. */
export function kalkulationsblatt(
  eingabe: Record<string, unknown>,
  ergebnis: Kalkulationsergebnis,
  kopf: Blattkopf,
): Kalkulationsblatt {
  const leistung = ladeLeistung(ergebnis.leistung);
  const variante = leistung.varianten.find((v) => v.id === ergebnis.variante)?.titel ?? '–';
  const felder = formfelder(ergebnis);
  return {
    ...kopf,
    leistungTitel: leistung.titel,
    variante,
    stichtag: ergebnis.stichtag,
    eingaben: eingabenLesbar(eingabe, felder),
    ergebnis: {
      // The amount is printed with €; "147,84 € EUR je Platz und Tag" would say the currency twice.
      entgelt: { ...ergebnis.entgelt, einheit: ergebnis.entgelt.einheit.replace(/^EUR\s+/, '') },
      jahreskosten: ergebnis.jahreskosten,
      berechnungstage: String(divisorWert(ergebnis)),
      divisor: ergebnis.divisor,
      zeilen: ergebnis.zeilen.map((z) => ({ ...z, menge: String(z.menge) })),
      ...(ergebnis.weiterePerson && {
        weiterePerson: {
          ...ergebnis.weiterePerson,
          entgelt: {
            ...ergebnis.weiterePerson.entgelt,
            einheit: ergebnis.weiterePerson.entgelt.einheit.replace(/^EUR\s+/, ''),
          },
          berechnungstage: String(ergebnis.weiterePerson.berechnungstage),
          zeilen: ergebnis.weiterePerson.zeilen.map((z) => ({ ...z, menge: String(z.menge) })),
        },
      }),
      warnungen: ergebnis.warnungen.map((w) => ({ ...w, label: felder.get(w.feld)?.label ?? 'Hinweis' })),
    },
  };
}

/**
 * An ASCII file name: `Kalkulation_berlin-d8_gruppe-regel_2025-01-01_v2.xlsx` for a saved version,
 * `…_2025-01-01_entwurf.pdf` for an unsaved draft.
 */
export function dateiname(ergebnis: Kalkulationsergebnis, version: number | string, endung: string): string {
  const stand = typeof version === 'number' ? `v${version}` : version;
  const teile = ['Kalkulation', ergebnis.leistung, ergebnis.variante, ergebnis.stichtag, stand];
  return `${teile
    .filter(Boolean)
    .join('_')
    .replace(/[^A-Za-z0-9_.-]/g, '-')}.${endung}`;
}

/**
 * Renders a Kalkulationsblatt as XLSX or PDF. The document libraries are loaded on first use: together
 * they add about a second to every server start, and most starts never export anything.
 */
export async function rendereKalkulationsblatt(
  blatt: Kalkulationsblatt,
  format: 'xlsx' | 'pdf',
): Promise<Buffer> {
  if (format === 'xlsx')
    return (await import('../../../dokumente/kalkulation-xlsx.ts')).erzeugeKalkulationXlsx(blatt);
  return (await import('../../../dokumente/kalkulationsblatt-pdf.ts')).erzeugeKalkulationsblattPdf(blatt);
}
