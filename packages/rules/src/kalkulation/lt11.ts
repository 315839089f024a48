import { EingabeFehler } from '../fehler.ts';
import { D, deZahl, geld, zahl } from './dezimal.ts';
import { lt11Eingabe, pruefeEingabe } from './eingabe.ts';
import { ausgabeZeilen, type Entgeltergebnis, type Rechenzeile, summe, zeile } from './ergebnis.ts';
import { parameterLeser } from './parameter.ts';
import { Plausibilitaet } from './plausibilitaet.ts';

const LEISTUNG = 'lt11-nachbetreuung';

/** A Monatspauschale is per case and calendar month; twelve of them make the year the costs are planned for. */
const MONATE_JE_JAHR = 12;

const QUELLE_VERWALTUNG =
  'LT 11, Nr. 7 Personalanhaltswerte: Geschäftsführung/Verwaltung: Pauschalansatz, einzelvertragliche Regelung';
const QUELLE_SACHKOSTEN =
  'LT 11, Nr. 8 Pädagogische Sachmittel; Nr. 11: notwendige Sachkosten, Miete, Abschreibungen (Angabe des Trägers)';
const QUELLE_INVESTITION =
  'LT 11, Nr. 9 und Nr. 11: betriebsnotwendige Anlagen und Investitionen (Angabe des Trägers)';

/** Monatspauschale per case and month for LT 11 Nachbetreuung (docs/regeln.md). */
export function berechneLt11(roh: unknown): Entgeltergebnis {
  const e = pruefeEingabe(lt11Eingabe, roh);
  const p = parameterLeser(LEISTUNG, e.stichtag);
  const faelleBetreuung = p('betreuung-faelle-je-vk');
  const faelleLeitung = p('leitung-faelle-je-vk');
  const anteilSp = p('anteil-sozialpaedagogik');
  const anteilErz = p('anteil-erziehung');
  const auslastung = e.auslastung === undefined ? p('auslastung-standard').wert : new D(e.auslastung);
  if (auslastung.lte(0) || auslastung.gt(1)) {
    throw new EingabeFehler(
      `Auslastung ${deZahl(auslastung)} liegt außerhalb von über 0 bis 1 (100 %).`,
      'auslastung',
    );
  }

  const sp = new D(e.personalkosten.sozialpaedagogik);
  const erz = new D(e.personalkosten.erziehung);
  const ltg = new D(e.personalkosten.leitung);
  const fallzahl = new D(e.fallzahl);
  // One mixed rate for the Betreuung FTE: the contract fixes the staff mix, not who serves which case.
  const mischsatz = sp.times(anteilSp.wert).plus(erz.times(anteilErz.wert));
  const betreuungVk = fallzahl.div(faelleBetreuung.wert);
  const leitungVk = fallzahl.div(faelleLeitung.wert);
  const zeilen: Rechenzeile[] = [
    zeile(
      'betreuung',
      `Betreuung: ${deZahl(fallzahl, 0)} Fälle / ${deZahl(faelleBetreuung.wert, 0)}, Mischsatz ${deZahl(anteilSp.wert.times(100), 0)} % Sozialpädagogik / ${deZahl(anteilErz.wert.times(100), 0)} % Erziehung`,
      betreuungVk,
      'VK',
      mischsatz,
      `${faelleBetreuung.quelle}; ${anteilSp.quelle}`,
    ),
    zeile(
      'leitung',
      `Fachliche Leitung: ${deZahl(fallzahl, 0)} Fälle / ${deZahl(faelleLeitung.wert, 0)}`,
      leitungVk,
      'VK',
      ltg,
      faelleLeitung.quelle,
    ),
  ];
  const personal = summe(zeilen);
  if ('prozent' in e.verwaltung) {
    const anteil = new D(e.verwaltung.prozent).div(100);
    zeilen.push(
      zeile(
        'verwaltung',
        `Geschäftsführung/Verwaltung: ${deZahl(e.verwaltung.prozent, 0)} % der Personalkosten`,
        anteil,
        'Anteil der Personalkosten',
        personal,
        QUELLE_VERWALTUNG,
      ),
    );
  } else {
    zeilen.push(
      zeile(
        'verwaltung',
        'Geschäftsführung/Verwaltung: Pauschale je Jahr',
        new D(1),
        'Jahr',
        new D(e.verwaltung.betrag),
        QUELLE_VERWALTUNG,
      ),
    );
  }
  zeilen.push(
    zeile(
      'sachkosten',
      'Sachkosten (Sachmittel, Verwaltung, Miete, Abschreibungen)',
      new D(1),
      'Jahr',
      new D(e.sachkosten),
      QUELLE_SACHKOSTEN,
    ),
  );
  if (e.investitionskosten !== undefined) {
    zeilen.push(
      zeile(
        'investitionskosten',
        'Betriebsnotwendige Investitionen',
        new D(1),
        'Jahr',
        new D(e.investitionskosten),
        QUELLE_INVESTITION,
      ),
    );
  }

  const plausibel = new Plausibilitaet(LEISTUNG, e.stichtag);
  plausibel.arbeitgeberkosten('personalkosten.sozialpaedagogik', sp);
  plausibel.arbeitgeberkosten('personalkosten.erziehung', erz);
  plausibel.arbeitgeberkosten('personalkosten.leitung', ltg);

  const jahreskosten = summe(zeilen);
  const monate = fallzahl.times(MONATE_JE_JAHR).times(auslastung);
  return {
    leistung: LEISTUNG,
    variante: null,
    stichtag: e.stichtag,
    entgelt: { betrag: geld(jahreskosten.div(monate)), einheit: 'EUR je Fall und Monat' },
    jahreskosten: geld(jahreskosten),
    berechnungstage: null,
    berechnungsmonate: zahl(monate),
    vk: { betreuung: zahl(betreuungVk), zusatz: 0, leitung: zahl(leitungVk) },
    zeilen: ausgabeZeilen(zeilen),
    warnungen: plausibel.warnungen,
  };
}
