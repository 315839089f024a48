import { EingabeFehler } from '../fehler.ts';
import { ladeLeistung } from '../katalog/leistung.ts';
import { D, deZahl, geld, zahl } from './dezimal.ts';
import { flsEingabe, pruefeEingabe } from './eingabe.ts';
import { ausgabeZeilen, type Entgeltergebnis, type Rechenzeile, summe, zeile } from './ergebnis.ts';
import { Plausibilitaet } from './plausibilitaet.ts';

const LEISTUNG = 'kiju-nachbetreuung';

const QUELLE =
  'Leistungsbeschreibung KIJU, Klientenbezogene Verwaltungsleistungen: Abrechnung der Fachleistungsstunden; die Leistungsbeschreibung nennt keine Formel, Hilfewerk rechnet Jahreskosten einer VK / direkte Stunden';

/**
 * Fachleistungsstunde: annual cost of one FTE (personnel, overheads, material) over its billable direct
 * hours. The service description fixes no numbers, so every input comes from the provider and is echoed in
 * the result.
 */
export function berechneFachleistungsstunde(roh: unknown): Entgeltergebnis {
  const e = pruefeEingabe(flsEingabe, roh);
  const leistung = ladeLeistung(LEISTUNG);
  if (!leistung.varianten.some((v) => v.id === e.variante)) {
    const gueltig = leistung.varianten.map((v) => v.id).join(', ');
    throw new EingabeFehler(
      `Unbekannte Variante „${e.variante}“ für ${LEISTUNG}. Gültig: ${gueltig}.`,
      'variante',
    );
  }
  const pk = new D(e.personalkosten.fachkraft);
  const a = e.ausfallstunden;
  const ausfall = new D(a.feiertage).plus(a.urlaub).plus(a.krankheit).plus(a.fortbildung);
  const nettostunden = new D(e.jahresstundenVk).minus(ausfall);
  if (nettostunden.lte(0)) {
    throw new EingabeFehler(
      `Ausfallstunden (${deZahl(ausfall)}) sind nicht kleiner als jahresstundenVk (${deZahl(e.jahresstundenVk)}): es bleiben keine Nettostunden.`,
      'ausfallstunden',
    );
  }
  const direktstunden = nettostunden.times(e.direktanteil);

  const zeilen: Rechenzeile[] = [
    zeile('personal', 'Arbeitgeberkosten einer Fachkraft (1 VK)', new D(1), 'VK', pk, QUELLE),
    zeile(
      'gemeinkosten',
      `Gemeinkosten (Leitung, Verwaltung, Personalnebenkosten): ${deZahl(e.gemeinkostenProzent, 0)} % der Personalkosten`,
      new D(e.gemeinkostenProzent).div(100),
      'Anteil der Personalkosten',
      pk,
      QUELLE,
    ),
    zeile('sachkosten', 'Sachkosten je VK und Jahr', new D(1), 'VK', new D(e.sachkostenVk), QUELLE),
  ];

  const plausibel = new Plausibilitaet(LEISTUNG, e.stichtag);
  plausibel.arbeitgeberkosten('personalkosten.fachkraft', pk);
  plausibel.nettojahresstunden('ausfallstunden', nettostunden);

  const jahreskosten = summe(zeilen);
  return {
    leistung: LEISTUNG,
    variante: e.variante,
    stichtag: e.stichtag,
    entgelt: { betrag: geld(jahreskosten.div(direktstunden)), einheit: 'EUR je Fachleistungsstunde' },
    jahreskosten: geld(jahreskosten),
    berechnungstage: null,
    nettostunden: zahl(nettostunden),
    direktstunden: zahl(direktstunden),
    vk: { betreuung: 1, zusatz: 0, leitung: 0 },
    zeilen: ausgabeZeilen(zeilen),
    warnungen: plausibel.warnungen,
  };
}
