import { EingabeFehler } from '../fehler.ts';
import { ladeLeistung } from '../katalog/leistung.ts';
import { berechneD8 } from './berlin-d8.ts';
import { basisEingabe, pruefeEingabe } from './eingabe.ts';
import type { Entgeltergebnis } from './ergebnis.ts';
import { berechneFachleistungsstunde } from './fachleistungsstunde.ts';
import { berechneLt11 } from './lt11.ts';

/** The engine of each priced Leistung; a Leistung missing here has no per-case Entgelt. */
const rechner: Record<string, (eingabe: unknown) => Entgeltergebnis> = {
  'berlin-d8': berechneD8,
  'lt11-nachbetreuung': berechneLt11,
  'kiju-nachbetreuung': berechneFachleistungsstunde,
};

/**
 * Calculates the Entgelt of `hilfewerk kalkulation` from untrusted input: validates it (German messages,
 * EingabeFehler), applies the parameters in force on the Stichtag and returns every line with its source.
 * Plausibility findings come back as `warnungen`; they never refuse a calculation.
 */
export function berechneEntgelt(eingabe: unknown): Entgeltergebnis {
  const { leistung: id } = pruefeEingabe(basisEingabe, eingabe);
  const leistung = ladeLeistung(id);
  if (leistung.kalkulation.art === 'traegerbudget') {
    throw new EingabeFehler(
      `${id} hat kein Entgelt je Fall: die Hilfen werden über ein Trägerbudget finanziert (${leistung.kalkulation.quelle}). Raten, Stunden und Nachverhandlung berechnet \`hilfewerk budget <eingabe.json>\`.`,
      'leistung',
    );
  }
  const berechne = rechner[id];
  if (!berechne) throw new EingabeFehler(`Für ${id} ist keine Entgeltkalkulation hinterlegt.`, 'leistung');
  return berechne(eingabe);
}
