import { type Db, monatsabschluss } from '@hilfewerk/db';
import type { Zusatzleistung } from '@hilfewerk/rules';
import { datumDe } from '@hilfewerk/rules/tag';
import type { KatalogEintrag } from '../../../katalog.ts';

export interface ZusatzWerte {
  beginn: string;
  geplantesEnde?: string | null;
  tatsaechlichesEnde?: string | null;
  zusatzleistungen?: Zusatzleistung[] | null;
}

const monatVon = (datum: string) => datum.slice(0, 7);
const alsSchluessel = (z: Zusatzleistung) => JSON.stringify([z.datum, z.text, z.betrag, z.genehmigung]);

/**
 * Amounts outside the rate or budget are recorded only where the catalogue allows them (D.8, Bremerhaven
 * § 39), dated within the Hilfe; one of a closed month is on an invoice already, so it stays as billed —
 * a correction there is a credit note, never a silent change.
 */
export async function pruefeZusatzleistungen(
  tx: Db,
  eintrag: KatalogEintrag,
  h: ZusatzWerte,
  vorher: Zusatzleistung[],
): Promise<Record<string, string>> {
  const felder: Record<string, string> = {};
  const liste = h.zusatzleistungen ?? [];
  if (liste.length > 0 && !eintrag.zusatzleistungen) {
    felder.zusatzleistungen = `Die Leistung ${eintrag.titel} rechnet nichts außerhalb ihres Entgelts ab; bitte erfassen Sie hier keine Zusatzleistungen.`;
    return felder;
  }
  const ende = h.tatsaechlichesEnde ?? h.geplantesEnde ?? null;
  liste.forEach((z, i) => {
    if (z.datum < h.beginn || (ende && z.datum > ende)) {
      felder[`zusatzleistungen.${i}.datum`] =
        `Der ${datumDe(z.datum)} liegt außerhalb der Hilfe (${datumDe(h.beginn)} bis ${ende ? datumDe(ende) : 'offen'}).`;
    }
  });
  const geaendert = new Set<string>();
  const zaehle = (l: Zusatzleistung[], faktor: number, m: Map<string, number>) => {
    for (const z of l) m.set(alsSchluessel(z), (m.get(alsSchluessel(z)) ?? 0) + faktor);
  };
  const bilanz = new Map<string, number>();
  zaehle(vorher, 1, bilanz);
  zaehle(liste, -1, bilanz);
  for (const [schluessel, n] of bilanz) {
    if (n !== 0) geaendert.add(monatVon(JSON.parse(schluessel)[0]));
  }
  if (geaendert.size > 0) {
    const abgeschlossen = new Set(
      (await tx.select({ monat: monatsabschluss.monat }).from(monatsabschluss)).map((m) => m.monat),
    );
    const gesperrt = [...geaendert].filter((m) => abgeschlossen.has(m)).sort();
    if (gesperrt.length > 0) {
      const monate = gesperrt.map((m) => `${m.slice(5)}/${m.slice(0, 4)}`).join(', ');
      felder.zusatzleistungen = `Zusatzleistungen im abgeschlossenen Monat ${monate} sind schon abgerechnet und bleiben, wie sie sind; eine Korrektur geht über eine Gutschrift.`;
    }
  }
  return felder;
}
