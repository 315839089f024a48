import { EingabeFehler } from '../fehler.ts';
import { type Dez, deGeld, deZahl } from './dezimal.ts';
import type { Warnung } from './ergebnis.ts';
import { type Param, parameterDezimal } from './parameter.ts';

/**
 * Plausibility bands warn and never refuse (docs/regeln.md, Plausibilität): a provider may have reasons, a human
 * decides. A band that is not in force on the Stichtag is simply not checked — a missing warning is
 * harmless, a refused calculation for a missing warning band would not be.
 */
export class Plausibilitaet {
  readonly warnungen: Warnung[] = [];

  constructor(
    private readonly leistung: string,
    private readonly stichtag: string,
  ) {}

  /** A finding of a contract rule that says "soll" rather than "muss": computed, but shown to a human. */
  warne(warnung: Warnung): void {
    this.warnungen.push(warnung);
  }

  private band(name: string): Param | undefined {
    try {
      return parameterDezimal(this.leistung, `plausibilitaet-${name}`, this.stichtag);
    } catch (fehler) {
      if (fehler instanceof EingabeFehler) return undefined;
      throw fehler;
    }
  }

  /** Employer cost of one FTE against the pay table × 1.20–1.35. */
  arbeitgeberkosten(feld: string, betrag: Dez): void {
    const tabMin = this.band('tabellenentgelt-min');
    const tabMax = this.band('tabellenentgelt-max');
    const fMin = this.band('arbeitgeberfaktor-min');
    const fMax = this.band('arbeitgeberfaktor-max');
    if (!tabMin || !tabMax || !fMin || !fMax) return;
    const unten = tabMin.wert.times(fMin.wert);
    const oben = tabMax.wert.times(fMax.wert);
    if (betrag.gte(unten) && betrag.lte(oben)) return;
    this.warnungen.push({
      id: 'arbeitgeberkosten-ausserhalb-band',
      feld,
      text: `Arbeitgeberkosten je VK ${deGeld(betrag)} liegen außerhalb des plausiblen Bands ${deGeld(unten)}–${deGeld(oben)} (Jahrestabellenentgelt ${deGeld(tabMin.wert)}–${deGeld(tabMax.wert)} × ${deZahl(fMin.wert)}–${deZahl(fMax.wert)}); bitte Berechnung der Personalkosten prüfen.`,
      // The factor's source explains the band; the pay-table figures are in the text already.
      quelle: fMin.quelle,
    });
  }

  /** Utilities per place and month; audits found sums above 350 €. */
  nebenkosten(feld: string, jahresbetrag: Dez, plaetze: Dez): void {
    const grenze = this.band('nebenkosten-platz-monat-max');
    if (!grenze) return;
    const jePlatzMonat = jahresbetrag.div(plaetze).div(12);
    if (jePlatzMonat.lte(grenze.wert)) return;
    this.warnungen.push({
      id: 'nebenkosten-hoch',
      feld,
      text: `Nebenkosten ${deGeld(jePlatzMonat)} je Platz und Monat liegen über ${deGeld(grenze.wert)}; bitte belegen.`,
      quelle: grenze.quelle,
    });
  }

  /** Net annual hours of one FTE after absences; outside 1,450–1,750 usually means breaks or absences miscounted. */
  nettojahresstunden(feld: string, stunden: Dez): void {
    const min = this.band('nettojahresstunden-min');
    const max = this.band('nettojahresstunden-max');
    if (!min || !max) return;
    if (stunden.gte(min.wert) && stunden.lte(max.wert)) return;
    this.warnungen.push({
      id: 'nettojahresstunden-ausserhalb-band',
      feld,
      text: `Netto-Jahresarbeitsstunden ${deZahl(stunden)} je VK liegen außerhalb ${deZahl(min.wert, 0)}–${deZahl(max.wert, 0)}; Pausen, Urlaub, Krankheit und Fortbildung prüfen.`,
      quelle: min.quelle,
    });
  }
}
