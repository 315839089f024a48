import { Temporal } from 'temporal-polyfill';
import { monatsgrenzen, plusTage } from '../datum/tag.ts';
import { EingabeFehler } from '../fehler.ts';
import { D, type Dez } from '../kalkulation/dezimal.ts';
import { parameterZahl } from '../katalog/parameter.ts';

export const PERSONAL_QUALIFIKATIONEN = ['sozialpaedagogik', 'erziehung', 'semiprofessionell'] as const;
export type Qualifikation = (typeof PERSONAL_QUALIFIKATIONEN)[number];
export const PERSONAL_FUNKTIONEN = ['betreuung', 'leitung'] as const;
export type Funktion = (typeof PERSONAL_FUNKTIONEN)[number];

export interface BesetzungPerson {
  qualifikation: Qualifikation;
  funktion: Funktion;
  /** Years of professional experience (LT 11 asks "mehrjährig" of the Leitung). */
  berufsjahre?: number | null;
  eintritt: string;
  austritt?: string | null;
  /** VK from a day on; the latest change on or before a day holds for it. */
  vk: { ab: string; vk: number }[];
}

export interface BesetzungHilfe {
  beginn: string;
  ende?: string | null;
  variante?: string | null;
}

export interface BesetzungEingabe {
  leistung: string;
  /** `JJJJ-MM` */
  monat: string;
  hilfen: BesetzungHilfe[];
  personal: BesetzungPerson[];
  /** Trägerbudget: the VK the agreement is calculated on (Bremerhaven), when there is one. */
  vereinbarteVk?: number | null;
}

export interface BesetzungZeile {
  bereich: 'betreuung' | 'leitung' | 'mix' | 'erfahrung';
  text: string;
  soll: number | null;
  ist: number | null;
  erfuellt: boolean;
  quelle: string;
}

export interface Besetzung {
  leistung: string;
  monat: string;
  /** Cases on an average day of the month (days with a running Hilfe / days of the month). */
  faelle: number;
  sollVk: number | null;
  istVk: number;
  schluessel: string | null;
  /** null: the contract sets no key to check against. */
  erfuellt: boolean | null;
  zeilen: BesetzungZeile[];
  hinweise: string[];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const zwei = (d: Dez) => d.toDecimalPlaces(2, D.ROUND_HALF_UP).toNumber();
const de = (n: number, stellen = 2) => n.toFixed(stellen).replace('.', ',');

function pruefe(e: BesetzungEingabe): void {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(e.monat ?? '')) {
    throw new EingabeFehler('Der Monat hat das Format JJJJ-MM.', 'monat');
  }
  e.personal.forEach((p, i) => {
    if (!ISO.test(p.eintritt))
      throw new EingabeFehler('Eintritt fehlt oder ist kein Datum.', `personal[${i}].eintritt`);
    p.vk.forEach((v, j) => {
      if (!(v.vk >= 0 && v.vk <= 1)) {
        throw new EingabeFehler('Eine Person hat höchstens 1,0 VK.', `personal[${i}].vk[${j}].vk`);
      }
    });
  });
}

/** The VK a person works on `tag`: 0 before entry, after leaving and before the first VK. */
export function vkAm(p: BesetzungPerson, tag: string): number {
  if (tag < p.eintritt || (p.austritt && tag > p.austritt)) return 0;
  let wert = 0;
  let ab = '';
  for (const v of p.vk) {
    if (v.ab <= tag && v.ab >= ab) {
      wert = v.vk;
      ab = v.ab;
    }
  }
  return wert;
}

/** Average over the days of the month of a per-day amount. */
function mittel(monat: string, jeTag: (tag: string) => Dez): Dez {
  const m = monatsgrenzen(monat);
  let summe = new D(0);
  for (let i = 0; i < m.tage; i++) summe = summe.plus(jeTag(plusTage(m.von, i)));
  return summe.div(m.tage);
}

const laeuft = (h: BesetzungHilfe, tag: string) => h.beginn <= tag && (!h.ende || h.ende >= tag);

/**
 * Required against actual staff of one Leistung in one month, from the catalogue's keys. Cases and VK are
 * averaged over the days of the month, so a Hilfe that starts on the 16th counts half, and so does a VK
 * change in mid-month. Met means: actual ≥ required, both rounded to two places (VK are agreed in
 * hundredths), and every further condition of the contract (mix, experience) holds.
 */
export function berechneBesetzung(e: BesetzungEingabe): Besetzung {
  pruefe(e);
  const stichtag = `${e.monat}-01`;
  const vkMittel = (filter: (p: BesetzungPerson) => boolean) =>
    mittel(e.monat, (tag) => e.personal.filter(filter).reduce((s, p) => s.plus(vkAm(p, tag)), new D(0)));
  const faelle = mittel(e.monat, (tag) => new D(e.hilfen.filter((h) => laeuft(h, tag)).length));
  const istAlle = vkMittel(() => true);
  const basis = { leistung: e.leistung, monat: e.monat, faelle: zwei(faelle), istVk: zwei(istAlle) };
  const zeile = (z: Omit<BesetzungZeile, 'erfuellt'> & { erfuellt?: boolean }): BesetzungZeile => ({
    ...z,
    erfuellt: z.erfuellt ?? (z.ist ?? 0) >= (z.soll ?? 0),
  });

  if (e.leistung === 'lt11-nachbetreuung') {
    const p = (name: string) => parameterZahl(e.leistung, name, stichtag);
    const betreuung = p('betreuung-faelle-je-vk');
    const leitung = p('leitung-faelle-je-vk');
    const anteil = p('anteil-sozialpaedagogik');
    const jahre = p('leitung-berufsjahre-min');
    const istB = vkMittel((x) => x.funktion === 'betreuung');
    const istL = vkMittel((x) => x.funktion === 'leitung');
    const istSp = vkMittel((x) => x.funktion === 'betreuung' && x.qualifikation === 'sozialpaedagogik');
    const quote = istB.isZero() ? new D(0) : istSp.div(istB);
    const sollB = zwei(faelle.div(betreuung.wert));
    const sollL = zwei(faelle.div(leitung.wert));
    const leitende = e.personal.filter((x) => x.funktion === 'leitung' && !vkMittel((y) => y === x).isZero());
    const ohneErfahrung = leitende.filter((x) => (x.berufsjahre ?? 0) < jahre.wert).length;
    const zeilen = [
      zeile({
        bereich: 'betreuung',
        text: `Betreuung 1 : ${betreuung.wert}`,
        soll: sollB,
        ist: zwei(istB),
        quelle: betreuung.quelle,
      }),
      zeile({
        bereich: 'leitung',
        text: `Fachliche Leitung 1 : ${leitung.wert}`,
        soll: sollL,
        ist: zwei(istL),
        quelle: leitung.quelle,
      }),
      zeile({
        bereich: 'mix',
        text: `Mindestens ${de(anteil.wert * 100, 0)} % der Betreuung durch Sozialpädagog/innen`,
        soll: anteil.wert,
        ist: zwei(quote),
        erfuellt: istB.isZero() ? faelle.isZero() : zwei(quote) >= anteil.wert,
        quelle: anteil.quelle,
      }),
      zeile({
        bereich: 'erfahrung',
        text: `Fachliche Leitung mit mindestens ${jahre.wert} Jahren Berufserfahrung`,
        soll: null,
        ist: null,
        erfuellt: ohneErfahrung === 0,
        quelle: jahre.quelle,
      }),
    ];
    return {
      ...basis,
      sollVk: zwei(new D(sollB).plus(sollL)),
      schluessel: `Betreuung 1 : ${betreuung.wert}, Leitung 1 : ${leitung.wert}`,
      erfuellt: zeilen.every((z) => z.erfuellt),
      zeilen,
      hinweise:
        ohneErfahrung > 0
          ? [`${ohneErfahrung} Leitungskraft/-kräfte ohne die verlangte mehrjährige Berufserfahrung.`]
          : [],
    };
  }

  if (e.leistung === 'berlin-d8') return berlinD8(e, basis, vkMittel);

  if (e.vereinbarteVk !== undefined && e.vereinbarteVk !== null) {
    const soll = e.vereinbarteVk;
    return {
      ...basis,
      sollVk: soll,
      schluessel: 'vereinbarte Stellen des Trägerbudgets',
      erfuellt: basis.istVk >= soll,
      zeilen: [
        zeile({
          bereich: 'betreuung',
          text: 'Stellen laut Budgetvereinbarung',
          soll,
          ist: basis.istVk,
          quelle: 'Trägerbudget-Vereinbarung: die dem Budget zugrunde liegenden Stellen (VK)',
        }),
      ],
      hinweise: [],
    };
  }
  return {
    ...basis,
    sollVk: null,
    schluessel: null,
    erfuellt: null,
    zeilen: [],
    hinweise: ['Der Vertrag nennt keinen Personalschlüssel je Fall; abgerechnet wird nach Leistungsstunden.'],
  };
}

/**
 * Anlage D.8: every Hilfe is one place and one Betreuungseinheit (parent with child). Group offers: 1 VK per
 * 2.00 persons, i.e. per BE (Matrix A: 5 Fachkräfte zu 10 Personen = 5 BE); individual offers 0.46 VK per BE,
 * the lower-density individual offer at least 0.25. Intensive offers lie above the regular key: the regular key
 * is their minimum. The lower-density group offer names no minimum: it adds no requirement, with a note.
 */
function berlinD8(
  e: BesetzungEingabe,
  basis: Pick<Besetzung, 'leistung' | 'monat' | 'faelle' | 'istVk'>,
  vkMittel: (f: (p: BesetzungPerson) => boolean) => Dez,
): Besetzung {
  const stichtag = `${e.monat}-01`;
  const p = (name: string) => parameterZahl(e.leistung, name, stichtag);
  const gruppe = p('personalschluessel-gruppe-regel');
  const individual = p('personalschluessel-individual-regel');
  const gering = p('personalschluessel-individual-gering-min');
  const leitung = p('leitungsanteil');
  const leitungIntensiv = p('leitungsanteil-intensiv');
  const hinweise: string[] = [];
  const jeBe = (variante: string | null | undefined): Dez | undefined => {
    if (variante?.startsWith('gruppe-'))
      return variante === 'gruppe-gering' ? undefined : new D(2).div(gruppe.wert);
    if (variante === 'individual-gering') return new D(gering.wert);
    if (variante?.startsWith('individual-')) return new D(individual.wert);
    return undefined;
  };
  if (e.hilfen.some((h) => h.variante === 'gruppe-gering')) {
    hinweise.push(
      'Gruppenangebot mit geringerer Betreuungsdichte: der Vertrag nennt keinen Mindestschlüssel.',
    );
  }
  if (e.hilfen.some((h) => !h.variante || !/^(gruppe|individual)-/.test(h.variante))) {
    hinweise.push('Hilfen ohne Angebotsform (Gruppe/Individual) sind im Soll nicht enthalten.');
  }
  const sollB = mittel(e.monat, (tag) =>
    e.hilfen.filter((h) => laeuft(h, tag)).reduce((s, h) => s.plus(jeBe(h.variante) ?? 0), new D(0)),
  );
  const sollL = mittel(e.monat, (tag) =>
    e.hilfen
      .filter((h) => laeuft(h, tag))
      .reduce(
        (s, h) => s.plus(h.variante?.endsWith('-intensiv') ? leitungIntensiv.wert : leitung.wert),
        new D(0),
      ),
  );
  const zeilen: BesetzungZeile[] = [
    {
      bereich: 'betreuung',
      text: `Betreuung: Gruppe 1 : ${de(gruppe.wert)} Betreute, Individual ${de(individual.wert)} VK je BE`,
      soll: zwei(sollB),
      ist: zwei(vkMittel((x) => x.funktion === 'betreuung')),
      quelle: `${gruppe.quelle}; ${individual.quelle}`,
    },
    {
      bereich: 'leitung',
      text: `Leitung ${de(leitung.wert * 100, 1)} % je Platz (intensiv ${de(leitungIntensiv.wert * 100, 1)} %)`,
      soll: zwei(sollL),
      ist: zwei(vkMittel((x) => x.funktion === 'leitung')),
      quelle: `${leitung.quelle}; ${leitungIntensiv.quelle}`,
    },
  ].map(
    (z): BesetzungZeile => ({
      ...z,
      bereich: z.bereich as BesetzungZeile['bereich'],
      erfuellt: z.ist >= z.soll,
    }),
  );
  return {
    ...basis,
    sollVk: zwei(new D(zeilen[0].soll ?? 0).plus(zeilen[1].soll ?? 0)),
    schluessel: `Gruppe 1 : ${de(gruppe.wert)}, Individual ${de(individual.wert)} VK/BE, Leitung ${de(leitung.wert * 100, 1)} % je Platz`,
    erfuellt: zeilen.every((z) => z.erfuellt),
    zeilen,
    hinweise,
  };
}

/** § 72a SGB VIII: the extended certificate is renewed every five years (Hilfewerk's period, docs/personal.md). */
export const FUEHRUNGSZEUGNIS_JAHRE = 5;

export function fuehrungszeugnisFaellig(vorgelegtAm: string): string {
  return Temporal.PlainDate.from(vorgelegtAm).add({ years: FUEHRUNGSZEUGNIS_JAHRE }).toString();
}
