import { EingabeFehler, ladeLeistung, ladeParameter, parameterZahl } from '@hilfewerk/rules';
import Decimal from 'decimal.js';

/**
 * The input fields of a calculation form, per Leistung and Variante: what to ask, in which unit, the
 * default, and the allowed range with the clause it comes from. Ranges and defaults that are contract
 * parameters are read from the catalogue on the Stichtag; the engine still checks every input itself —
 * this only tells the form what to show. Costs are the provider's own numbers: they start from a
 * catalogue band where there is one, otherwise from an example value that says so.
 */

export type FeldArt = 'ganzzahl' | 'zahl' | 'anteil' | 'geld' | 'ja-nein' | 'fest';

export interface EingabeFeld {
  /** Path of the value in the engine's input, e.g. `personalkosten.fachkraft`. */
  feld: string;
  label: string;
  art: FeldArt;
  einheit?: string;
  /** Numbers as numbers, money as a decimal string, `anteil` as a fraction (0.93). */
  standard: number | string | boolean | null;
  min?: number;
  max?: number;
  /** The bound itself is not allowed (e.g. "über 0"). */
  minOffen?: boolean;
  maxOffen?: boolean;
  /** The allowed range as a negotiator reads it, e.g. "92–95 %". */
  bereich?: string;
  quelle?: string;
  hinweis?: string;
  /** May stay empty; then it is left out of the input. */
  optional?: boolean;
  /** Fields that only go into the input together (all filled and not 0), e.g. `nachtbereitschaft`. */
  gruppe?: string;
}

export interface Eingabevorgaben {
  leistung: string;
  variante: string | null;
  stichtag: string;
  felder: EingabeFeld[];
  /** Notes for the whole calculation, e.g. an ambiguity of the contract text. */
  hinweise: string[];
}

const BEISPIEL = 'Beispielwert – bitte die eigenen Kosten eintragen.';

/** A parameter on the Stichtag, or undefined where it is not in force (the engine then says so). */
function param(leistung: string, name: string, stichtag: string) {
  try {
    return parameterZahl(leistung, name, stichtag);
  } catch (fehler) {
    if (fehler instanceof EingabeFehler) return undefined;
    throw fehler;
  }
}

const de = (n: number, stellen = 2) =>
  new Intl.NumberFormat('de-DE', { minimumFractionDigits: stellen, maximumFractionDigits: 4 }).format(n);
const prozent = (n: number) => de(new Decimal(n).times(100).toNumber(), 0);
const euro = (n: number) => `${de(n)} €`;

/**
 * Employer cost per FTE: the plausibility band (pay table × employer factor) of the catalogue. The
 * default is the band's middle, rounded to 100 €, so a fresh form never starts with a warning.
 */
function personalkostenFeld(leistung: string, stichtag: string, feld: string, label: string): EingabeFeld {
  const tabMin = param(leistung, 'plausibilitaet-tabellenentgelt-min', stichtag);
  const tabMax = param(leistung, 'plausibilitaet-tabellenentgelt-max', stichtag);
  const fMin = param(leistung, 'plausibilitaet-arbeitgeberfaktor-min', stichtag);
  const fMax = param(leistung, 'plausibilitaet-arbeitgeberfaktor-max', stichtag);
  const basis: EingabeFeld = {
    feld,
    label,
    art: 'geld',
    einheit: '€ je VK und Jahr',
    standard: '60000.00',
    min: 0,
  };
  if (!tabMin || !tabMax || !fMin || !fMax) return { ...basis, hinweis: BEISPIEL };
  const unten = new Decimal(tabMin.wert).times(fMin.wert);
  const oben = new Decimal(tabMax.wert).times(fMax.wert);
  const mitte = unten.plus(oben).div(2).div(100).round().times(100);
  return {
    ...basis,
    standard: mitte.toFixed(2),
    bereich: `plausibel ${euro(unten.toNumber())} bis ${euro(oben.toNumber())} (Warnung, keine Ablehnung)`,
    quelle: `${fMin.quelle}; ${tabMin.quelle}`,
    hinweis: 'Vorbelegt mit der Mitte des plausiblen Bands – bitte die eigenen Arbeitgeberkosten eintragen.',
  };
}

function d8Felder(variante: string, stichtag: string): EingabeFeld[] {
  const L = 'berlin-d8';
  const [form, stufe] = variante.split('-') as ['gruppe' | 'individual', 'gering' | 'regel' | 'intensiv'];
  const min = param(L, 'auslastung-min', stichtag);
  const max = param(L, 'auslastung-max', stichtag);
  const regel = param(
    L,
    form === 'gruppe' ? 'personalschluessel-gruppe-regel' : 'personalschluessel-individual-regel',
    stichtag,
  );
  const geringMin = param(L, 'personalschluessel-individual-gering-min', stichtag);
  const gruppeMax = param(L, 'plaetze-je-gruppe-gering-max', stichtag);
  const beGruppeMax = param(L, 'betreuungseinheiten-je-gruppe-gering-max', stichtag);
  const einGruppeMin = param(L, 'betreuung-vk-ein-gruppe-min', stichtag);
  const nebenkostenMax = param(L, 'plausibilitaet-nebenkosten-platz-monat-max', stichtag);
  const felder: EingabeFeld[] = [
    {
      feld: 'plaetze',
      label: 'Plätze',
      art: 'ganzzahl',
      einheit: 'Personen',
      standard: 10,
      min: 1,
      ...(form === 'gruppe' && stufe === 'gering' && gruppeMax
        ? { bereich: `höchstens ${gruppeMax.wert} je Gruppe`, quelle: gruppeMax.quelle }
        : {}),
    },
  ];
  if (form === 'gruppe') {
    felder.push({
      feld: 'gruppen',
      label: 'Gruppen',
      art: 'ganzzahl',
      standard: 1,
      min: 1,
      ...(stufe === 'regel' && einGruppeMin
        ? {
            hinweis: `Bei einer Gruppe mindestens ${de(einGruppeMin.wert, 1)} VK Betreuung, auch bei weniger Plätzen.`,
            quelle: einGruppeMin.quelle,
          }
        : {}),
    });
    if (stufe === 'gering' && beGruppeMax) {
      felder.push({
        feld: 'betreuungseinheiten',
        label: 'Betreuungseinheiten',
        art: 'ganzzahl',
        einheit: 'BE',
        standard: null,
        min: 1,
        optional: true,
        bereich: `höchstens ${beGruppeMax.wert} je Gruppe`,
        quelle: beGruppeMax.quelle,
      });
    }
  } else {
    felder.push({
      feld: 'betreuungseinheiten',
      label: 'Betreuungseinheiten',
      art: 'zahl',
      einheit: 'BE',
      standard: 5,
      min: 0,
      minOffen: true,
      bereich: 'über 0, höchstens die Zahl der Plätze',
      quelle: 'Anlage D.8, Matrix B: eine Betreuungseinheit ist ein Elternteil mit Kind(ern)',
    });
  }
  felder.push({
    feld: 'auslastung',
    label: 'Auslastung',
    art: 'anteil',
    standard: min && max ? new Decimal(min.wert).plus(max.wert).div(2).toNumber() : 0.93,
    ...(min && max
      ? {
          min: min.wert,
          max: max.wert,
          bereich: `${prozent(min.wert)}–${prozent(max.wert)} %`,
          quelle: min.quelle,
        }
      : {}),
  });
  const einheit = form === 'gruppe' ? 'Betreute je VK' : 'VK je Betreuungseinheit';
  if (stufe === 'regel') {
    felder.push({
      feld: 'personalschluessel',
      label: 'Personalschlüssel',
      art: 'fest',
      einheit,
      standard: regel?.wert ?? null,
      bereich: regel ? `fest ${form === 'gruppe' ? '1 : ' : ''}${de(regel.wert)} (Regelleistung)` : undefined,
      quelle: regel?.quelle,
    });
  } else {
    const r = regel?.wert ?? (form === 'gruppe' ? 2 : 0.46);
    const feld: EingabeFeld = {
      feld: 'personalschluessel',
      label: 'Personalschlüssel',
      art: 'zahl',
      einheit,
      standard: null,
      quelle: regel?.quelle,
      hinweis: 'Der vereinbarte Schlüssel; Beispielwert vorbelegt.',
    };
    if (form === 'gruppe' && stufe === 'gering') {
      Object.assign(feld, { standard: 2.5, min: r, minOffen: true, bereich: `1 : über ${de(r)}` });
    } else if (form === 'gruppe') {
      Object.assign(feld, {
        standard: 1.6,
        min: 0,
        minOffen: true,
        max: r,
        maxOffen: true,
        bereich: `1 : unter ${de(r)}`,
      });
    } else if (stufe === 'gering') {
      const g = geringMin?.wert ?? 0.25;
      Object.assign(feld, {
        standard: 0.35,
        min: 0,
        minOffen: true,
        max: r,
        maxOffen: true,
        bereich: `über 0 bis unter ${de(r)}; unter ${de(g)} (1 Fachkraft zu 4 Betreuungseinheiten) gibt es eine Warnung`,
        quelle: geringMin?.quelle ?? feld.quelle,
      });
    } else {
      Object.assign(feld, {
        standard: 0.6,
        min: r,
        bereich: `über ${de(r)}; genau ${de(r)} nur mit hauswirtschaftlicher Unterstützung`,
      });
    }
    felder.push(feld);
  }
  if (form === 'individual' && stufe !== 'gering') {
    const kb = param(L, 'kinderbetreuung-vk-je-gruppe', stichtag);
    const kMin = param(L, 'kinder-je-kinderbetreuungsgruppe-min', stichtag);
    const kMax = param(L, 'kinder-je-kinderbetreuungsgruppe-max', stichtag);
    felder.push(
      {
        feld: 'kinderbetreuungsgruppen',
        label: 'Kinderbetreuungsgruppen (4–6 Kinder)',
        art: 'ganzzahl',
        standard: 0,
        min: 0,
        hinweis: kb ? `je Gruppe zusätzlich ${de(kb.wert)} VK` : undefined,
        quelle: kb?.quelle,
      },
      {
        feld: 'kinder',
        label: 'Kinder in der internen Kinderbetreuung',
        art: 'ganzzahl',
        einheit: 'Kinder',
        standard: null,
        min: 0,
        optional: true,
        bereich:
          kMin && kMax
            ? `${kMin.wert}–${kMax.wert} je Gruppe; weniger wird abgelehnt, mehr ergibt eine Warnung`
            : undefined,
        quelle: kMin?.quelle,
      },
    );
  }
  if (form === 'individual' && stufe === 'intensiv') {
    felder.push({
      feld: 'hauswirtschaftlicheUnterstuetzung',
      label: 'Hauswirtschaftliche Unterstützung',
      art: 'geld',
      einheit: '€ je Jahr',
      standard: null,
      min: 0,
      optional: true,
      hinweis: 'Statt eines höheren Personalschlüssels; eigene Kostenzeile ohne VK und Qualitätsbetrag.',
      quelle:
        'Anlage D.8, Matrix B, Intensivleistung: Die Intensivleistung kann entweder durch ein Mehr an sozialpädagogischer Betreuung oder durch Hinzuziehung einer hauswirtschaftlichen Unterstützung erfolgen',
    });
  }
  if (form === 'gruppe') {
    const nb = param(L, 'nachtbereitschaft-verguetung', stichtag);
    const hinweis = nb
      ? `Nur wenn vereinbart; vergütet mit ${prozent(nb.wert)} % der Stunden. Leer oder 0 = keine Nachtbereitschaft.`
      : undefined;
    felder.push(
      {
        feld: 'nachtbereitschaft.stundenProNacht',
        label: 'Nachtbereitschaft: Stunden je Nacht',
        art: 'zahl',
        standard: 0,
        min: 0,
        max: 24,
        optional: true,
        gruppe: 'nachtbereitschaft',
        hinweis,
        quelle: nb?.quelle,
      },
      {
        feld: 'nachtbereitschaft.naechte',
        label: 'Nachtbereitschaft: Nächte im Jahr',
        art: 'ganzzahl',
        standard: 0,
        min: 0,
        max: 366,
        optional: true,
        gruppe: 'nachtbereitschaft',
      },
      {
        feld: 'nachtbereitschaft.jahresstundenVk',
        label: 'Nachtbereitschaft: Jahresstunden einer VK',
        art: 'zahl',
        standard: 1600,
        min: 0,
        minOffen: true,
        optional: true,
        gruppe: 'nachtbereitschaft',
      },
    );
  }
  const vertretung = param(L, 'vertretung', stichtag);
  felder.push(
    {
      feld: 'erstkalkulation',
      label: 'Erstkalkulation (mit Vertretungsmitteln)',
      art: 'ja-nein',
      standard: true,
      hinweis: vertretung ? `${prozent(vertretung.wert)} % der Personalkosten` : undefined,
      quelle: vertretung?.quelle,
    },
    personalkostenFeld(L, stichtag, 'personalkosten.fachkraft', 'Arbeitgeberkosten je VK Fachkraft'),
    personalkostenFeld(L, stichtag, 'personalkosten.leitung', 'Arbeitgeberkosten je VK Leitung'),
    {
      feld: 'sachkosten',
      label: 'Sachkosten, Anlagen, Nebenkosten',
      art: 'geld',
      einheit: '€ je Jahr',
      standard: '60000.00',
      min: 0,
      hinweis: BEISPIEL,
      quelle:
        'Anlage D.8, Matrix A/B: Sachmittel, betriebsnotwendige Anlagen, Nebenkosten (Angabe des Trägers)',
    },
    {
      feld: 'nebenkosten',
      label: 'davon Nebenkosten',
      art: 'geld',
      einheit: '€ je Jahr',
      standard: null,
      min: 0,
      optional: true,
      bereich: nebenkostenMax ? `plausibel bis ${euro(nebenkostenMax.wert)} je Platz und Monat` : undefined,
      quelle: nebenkostenMax?.quelle,
    },
    {
      feld: 'weiterePersonen',
      label: 'Weitere Personen (§ 19 Abs. 1 S. 2)',
      art: 'ganzzahl',
      standard: 0,
      min: 0,
      quelle: param(L, 'weitere-person-vk', stichtag)?.quelle,
    },
    {
      feld: 'sachkostenWeiterePerson',
      label: 'Sachkosten je weitere Person',
      art: 'geld',
      einheit: '€ je Jahr',
      standard: null,
      min: 0,
      optional: true,
    },
  );
  return felder;
}

function lt11Felder(stichtag: string): EingabeFeld[] {
  const L = 'lt11-nachbetreuung';
  const auslastung = param(L, 'auslastung-standard', stichtag);
  const betreuung = param(L, 'betreuung-faelle-je-vk', stichtag);
  return [
    {
      feld: 'fallzahl',
      label: 'Fallzahl',
      art: 'zahl',
      einheit: 'Fälle',
      standard: 24,
      min: 0,
      minOffen: true,
      hinweis: betreuung ? `Betreuung 1 : ${de(betreuung.wert, 0)}` : undefined,
      quelle: betreuung?.quelle,
    },
    personalkostenFeld(
      L,
      stichtag,
      'personalkosten.sozialpaedagogik',
      'Arbeitgeberkosten je VK Sozialpädagogik',
    ),
    personalkostenFeld(L, stichtag, 'personalkosten.erziehung', 'Arbeitgeberkosten je VK Erziehung'),
    personalkostenFeld(L, stichtag, 'personalkosten.leitung', 'Arbeitgeberkosten je VK Leitung'),
    {
      feld: 'verwaltung.prozent',
      label: 'Verwaltung',
      art: 'zahl',
      einheit: '% der Personalkosten',
      standard: 8,
      min: 0,
      max: 100,
      bereich: '0–100 %',
      quelle:
        'LT 11, Nr. 7 Personalanhaltswerte: Geschäftsführung/Verwaltung: Pauschalansatz, einzelvertraglich',
    },
    {
      feld: 'sachkosten',
      label: 'Sachkosten',
      art: 'geld',
      einheit: '€ je Jahr',
      standard: '18000.00',
      min: 0,
      hinweis: BEISPIEL,
    },
    {
      feld: 'investitionskosten',
      label: 'Investitionskosten',
      art: 'geld',
      einheit: '€ je Jahr',
      standard: null,
      min: 0,
      optional: true,
    },
    {
      feld: 'auslastung',
      label: 'Auslastung',
      art: 'anteil',
      standard: auslastung?.wert ?? 1,
      min: 0,
      minOffen: true,
      max: 1,
      bereich: 'über 0 bis 100 %',
      quelle: auslastung?.quelle,
    },
  ];
}

function flsFelder(stichtag: string): EingabeFeld[] {
  const L = 'kiju-nachbetreuung';
  const nMin = param(L, 'plausibilitaet-nettojahresstunden-min', stichtag);
  const nMax = param(L, 'plausibilitaet-nettojahresstunden-max', stichtag);
  const stunden = (feld: string, label: string, standard: number): EingabeFeld => ({
    feld,
    label,
    art: 'zahl',
    einheit: 'Stunden je Jahr',
    standard,
    min: 0,
  });
  return [
    personalkostenFeld(L, stichtag, 'personalkosten.fachkraft', 'Arbeitgeberkosten je VK Fachkraft'),
    {
      ...stunden('jahresstundenVk', 'Vertragliche Jahresstunden einer VK', 2000),
      minOffen: true,
      bereich:
        nMin && nMax
          ? `netto nach Ausfall plausibel ${de(nMin.wert, 0)}–${de(nMax.wert, 0)} Stunden`
          : undefined,
      quelle: nMin?.quelle,
    },
    stunden('ausfallstunden.feiertage', 'Ausfall: Feiertage', 80),
    stunden('ausfallstunden.urlaub', 'Ausfall: Urlaub', 240),
    stunden('ausfallstunden.krankheit', 'Ausfall: Krankheit', 100),
    stunden('ausfallstunden.fortbildung', 'Ausfall: Fortbildung', 40),
    {
      feld: 'direktanteil',
      label: 'Direkter Anteil (am Klienten)',
      art: 'anteil',
      standard: 0.75,
      min: 0,
      minOffen: true,
      max: 1,
      bereich: 'über 0 bis 100 %',
      hinweis: BEISPIEL,
    },
    {
      feld: 'gemeinkostenProzent',
      label: 'Gemeinkosten (Leitung, Verwaltung)',
      art: 'zahl',
      einheit: '% der Personalkosten',
      standard: 20,
      min: 0,
      hinweis: BEISPIEL,
    },
    {
      feld: 'sachkostenVk',
      label: 'Sachkosten je VK',
      art: 'geld',
      einheit: '€ je Jahr',
      standard: '6000.00',
      min: 0,
      hinweis: BEISPIEL,
    },
  ];
}

function budgetFelder(stichtag: string): { felder: EingabeFeld[]; hinweise: string[] } {
  const L = 'bremerhaven-ambulant';
  const monate = param(L, 'budget-laufzeit-monate', stichtag);
  const direkt = param(L, 'budget-direktanteil', stichtag);
  const beschreibung = ladeParameter(L, 'budget-direktanteil').datei.beschreibung;
  return {
    felder: [
      {
        feld: 'gesamtbudget',
        label: 'Gesamtbudget',
        art: 'geld',
        einheit: '€ für die Laufzeit',
        standard: '9000000.00',
        min: 0,
        hinweis: BEISPIEL,
        quelle: 'Modellprojekt Bremerhaven, II.1 Finanzierung: Trägerbudget, monatlich im Voraus ausgezahlt',
      },
      {
        feld: 'monate',
        label: 'Laufzeit',
        art: 'ganzzahl',
        einheit: 'Monate',
        standard: monate?.wert ?? 60,
        min: 1,
        max: 600,
        quelle: monate?.quelle,
      },
      {
        feld: 'direktanteil',
        label: 'Direkter Anteil (am Klienten)',
        art: 'anteil',
        standard: direkt?.wert ?? 0.8,
        min: 0,
        minOffen: true,
        max: 1,
        bereich: 'über 0 bis 100 %',
        quelle: direkt?.quelle ?? 'Modellprojekt Bremerhaven, II.5: 80 % direkte Zeiten',
        hinweis: beschreibung,
      },
      { feld: 'vkFachkraft', label: 'Stellen Fachkraft', art: 'zahl', einheit: 'VK', standard: 20, min: 0 },
      {
        feld: 'vkSemiprofessionell',
        label: 'Stellen semiprofessionell',
        art: 'zahl',
        einheit: 'VK',
        standard: 4,
        min: 0,
      },
      {
        feld: 'jahresstundenVk',
        label: 'Effektive Jahresarbeitszeit einer VK',
        art: 'zahl',
        einheit: 'Stunden',
        standard: 1600,
        min: 0,
        quelle: 'Modellprojekt Bremerhaven, II.5: Stunden „am Klient“ aus der effektiven Jahresarbeitszeit',
      },
    ],
    hinweise: [
      'Das Trägerbudget ersetzt das Entgelt je Fall: berechnet werden die Monatsrate (Stichtag = Budgetbeginn) und die geplanten direkten Stunden.',
      beschreibung,
    ],
  };
}

/** The fields of one Leistung and Variante on a Stichtag; unknown ids are bad input naming the valid ones. */
export function eingabevorgaben(
  leistung: string,
  variante: string | null,
  stichtag: string,
): Eingabevorgaben {
  const l = ladeLeistung(leistung);
  if (l.varianten.length > 0 && !l.varianten.some((v) => v.id === variante)) {
    throw new EingabeFehler(
      `Unbekannte Variante „${variante ?? ''}“ für ${leistung}. Gültig: ${l.varianten.map((v) => v.id).join(', ')}.`,
      'variante',
    );
  }
  const basis = { leistung, variante: l.varianten.length > 0 ? variante : null, stichtag };
  if (leistung === 'berlin-d8') return { ...basis, felder: d8Felder(variante ?? '', stichtag), hinweise: [] };
  if (leistung === 'lt11-nachbetreuung') return { ...basis, felder: lt11Felder(stichtag), hinweise: [] };
  if (leistung === 'kiju-nachbetreuung') return { ...basis, felder: flsFelder(stichtag), hinweise: [] };
  return { ...basis, ...budgetFelder(stichtag) };
}
