import { EingabeFehler } from '../fehler.ts';
import { ladeLeistung } from '../katalog/leistung.ts';
import { D, type Dez, deProzent, deZahl, geld, zahl } from './dezimal.ts';
import { type D8Eingabe, d8Eingabe, pruefeEingabe } from './eingabe.ts';
import {
  ausgabeZeilen,
  type Entgeltergebnis,
  type Rechenzeile,
  summe,
  type WeiterePerson,
  zeile,
} from './ergebnis.ts';
import { type ParameterLeser, parameterLeser } from './parameter.ts';
import { Plausibilitaet } from './plausibilitaet.ts';

const LEISTUNG = 'berlin-d8';

/** Billable days = plaetze × 365 × auslastung — 365 also in leap years, as the contract reckons. */
const TAGE_JE_JAHR = 365;

/** Where each rule sits in Anlage D.8; cited in messages so a user can look it up. */
const KLAUSEL = {
  auslastung: 'Anlage D.8, Matrix: Auslastung pro Platzangebot',
  gruppeGering: 'Anlage D.8, Matrix A, Angebot mit geringerer Betreuungsdichte: Personalschlüssel 1 : > 2,00',
  gruppeRegel: 'Anlage D.8, Matrix A, Regelleistung: Personalschlüssel 1 : 2,00',
  gruppeIntensiv: 'Anlage D.8, Matrix A, Intensivleistung: Personalschlüssel 1 : < 2,00',
  gruppengroesse:
    'Anlage D.8, Matrix A, Angebot mit geringerer Betreuungsdichte: Eine Gruppengröße von 16 Plätzen (8 Betreuungseinheiten) wird dabei nicht überschritten',
  individualGering:
    'Anlage D.8, Matrix B, Angebot mit geringerer Betreuungsdichte: Der Personalschlüssel liegt unter 0,46 je Betreuungseinheit',
  mindeststandard:
    'Anlage D.8, Matrix B, Angebot mit geringerer Betreuungsdichte: Der Mindeststandard von 1 Fachkraft zu 4 Betreuungseinheiten soll nicht unterschritten werden',
  individualRegel: 'Anlage D.8, Matrix B, Regelleistung: 0,46 je Betreuungseinheit',
  individualIntensiv: 'Anlage D.8, Matrix B, Intensivleistung: über 0,46 je Betreuungseinheit',
  hauswirtschaftlicheUnterstuetzung:
    'Anlage D.8, Matrix B, Intensivleistung: Die Intensivleistung kann entweder durch ein Mehr an sozialpädagogischer Betreuung oder durch Hinzuziehung einer hauswirtschaftlichen Unterstützung erfolgen',
  kinderbetreuung: 'Anlage D.8, Matrix B, Regel- und Intensivleistung: interne Kinderbetreuung',
  nachtbereitschaft:
    'Anlage D.8, Matrix A: Nachtbereitschaft nur in Gruppenangeboten; Matrix B: Rufbereitschaft ist im Schlüssel berücksichtigt',
  sachkosten:
    'Anlage D.8, Matrix A/B: Sachmittel, betriebsnotwendige Anlagen, Nebenkosten einrichtungsbezogen und/oder pauschaliert (Angabe des Trägers)',
  sachkostenWeiterePerson:
    'Anlage D.8, Matrix A/B, Ergänzung: Sachmittel, Nebenkosten einrichtungsbezogen und/oder pauschaliert (Angabe des Trägers)',
} as const;

type Form = 'gruppe' | 'individual';
type Stufe = 'gering' | 'regel' | 'intensiv';

interface Schluessel {
  wert: Dez;
  quelle: string;
}

function fehler(text: string, feld: string): never {
  throw new EingabeFehler(text, feld);
}

function pruefeAuslastung(auslastung: Dez, p: ParameterLeser): void {
  const min = p('auslastung-min').wert;
  const max = p('auslastung-max').wert;
  if (auslastung.lt(min) || auslastung.gt(max)) {
    fehler(
      `Auslastung ${deZahl(auslastung)} liegt außerhalb ${deProzent(min)}–${deProzent(max)} % (${KLAUSEL.auslastung}).`,
      'auslastung',
    );
  }
}

/**
 * The staffing key of the variant. Regel takes the contract's key (an input, if given, must equal it);
 * gering and intensiv need the agreed key, which must lie on the correct side of the Regel key.
 */
function bestimmeSchluessel(
  e: D8Eingabe,
  form: Form,
  stufe: Stufe,
  p: ParameterLeser,
  quelle: string,
  plausibel: Plausibilitaet,
): Schluessel {
  const regel = p(
    form === 'gruppe' ? 'personalschluessel-gruppe-regel' : 'personalschluessel-individual-regel',
  );
  const eingabe = e.personalschluessel === undefined ? undefined : new D(e.personalschluessel);
  const einheit = form === 'gruppe' ? '1 : ' : '';
  const zusatz = form === 'gruppe' ? '' : ' VK je Betreuungseinheit';
  const text = (s: Dez) => `Personalschlüssel ${einheit}${deZahl(s)}${zusatz}`;
  if (stufe === 'regel') {
    if (eingabe !== undefined && !eingabe.eq(regel.wert)) {
      const klausel = form === 'gruppe' ? KLAUSEL.gruppeRegel : KLAUSEL.individualRegel;
      fehler(
        `${text(eingabe)} weicht von der Regelleistung ${einheit}${deZahl(regel.wert)}${zusatz} ab (${klausel}); für einen anderen Schlüssel ${form}-gering oder ${form}-intensiv wählen.`,
        'personalschluessel',
      );
    }
    return { wert: regel.wert, quelle: regel.quelle };
  }
  if (eingabe === undefined) {
    const [bereich, klausel] =
      form === 'gruppe'
        ? stufe === 'gering'
          ? [`Betreute je VK über ${deZahl(regel.wert)}`, KLAUSEL.gruppeGering]
          : [`Betreute je VK unter ${deZahl(regel.wert)}`, KLAUSEL.gruppeIntensiv]
        : stufe === 'gering'
          ? [`über 0 bis unter ${deZahl(regel.wert)} VK je Betreuungseinheit`, KLAUSEL.individualGering]
          : [
              `über ${deZahl(regel.wert)} VK je Betreuungseinheit, mit hauswirtschaftlicher Unterstützung ab ${deZahl(regel.wert)}`,
              KLAUSEL.individualIntensiv,
            ];
    fehler(
      `personalschluessel fehlt: ${e.variante} braucht den vereinbarten Schlüssel (${bereich}; ${klausel}).`,
      'personalschluessel',
    );
  }
  if (form === 'gruppe') {
    // Persons per FTE: gering means more persons per FTE (> 2.00), intensiv fewer (< 2.00).
    if (stufe === 'gering' && eingabe.lte(regel.wert)) {
      fehler(
        `${text(eingabe)} liegt nicht über ${einheit}${deZahl(regel.wert)} (${KLAUSEL.gruppeGering}).`,
        'personalschluessel',
      );
    }
    if (stufe === 'intensiv' && eingabe.gte(regel.wert)) {
      fehler(
        `${text(eingabe)} liegt nicht unter ${einheit}${deZahl(regel.wert)} (${KLAUSEL.gruppeIntensiv}).`,
        'personalschluessel',
      );
    }
  } else {
    // FTE per Betreuungseinheit: gering below 0.46 — the 1 : 4 minimum "soll nicht unterschritten werden",
    // a "soll", so a lower key is computed and flagged, not refused. Intensiv above 0.46, or from 0.46 on when
    // housekeeping support provides the intensity ("entweder … oder").
    if (stufe === 'gering') {
      if (eingabe.gte(regel.wert)) {
        fehler(
          `${text(eingabe)} liegt nicht unter ${deZahl(regel.wert)} (${KLAUSEL.individualGering}).`,
          'personalschluessel',
        );
      }
      const minimum = p('personalschluessel-individual-gering-min');
      if (eingabe.lt(minimum.wert)) {
        plausibel.warne({
          id: 'mindeststandard-unterschritten',
          feld: 'personalschluessel',
          text: `${text(eingabe)} unterschreitet den Mindeststandard von 1 Fachkraft zu 4 Betreuungseinheiten (${deZahl(minimum.wert)} VK je Betreuungseinheit); das ist nur in begründeten Einzelfällen vertretbar.`,
          quelle: minimum.quelle,
        });
      }
    }
    if (stufe === 'intensiv') {
      const mitHauswirtschaft = e.hauswirtschaftlicheUnterstuetzung !== undefined;
      if (eingabe.lt(regel.wert) || (eingabe.eq(regel.wert) && !mitHauswirtschaft)) {
        const erlaubt = mitHauswirtschaft
          ? `mindestens ${deZahl(regel.wert)}`
          : `über ${deZahl(regel.wert)}, oder ${deZahl(regel.wert)} mit hauswirtschaftlicher Unterstützung`;
        fehler(
          `${text(eingabe)}: erlaubt ist ${erlaubt} (${KLAUSEL.individualIntensiv}; ${KLAUSEL.hauswirtschaftlicheUnterstuetzung}).`,
          'personalschluessel',
        );
      }
    }
  }
  return { wert: eingabe, quelle };
}

function pruefeMengen(e: D8Eingabe, form: Form, stufe: Stufe, p: ParameterLeser): void {
  if (form === 'gruppe' && e.gruppen === undefined) {
    fehler('gruppen fehlt: Gruppenangebote brauchen die Zahl der Gruppen (ganze Zahl ab 1).', 'gruppen');
  }
  if (form === 'individual' && e.betreuungseinheiten === undefined) {
    fehler(
      'betreuungseinheiten fehlt: Individualangebote rechnen je Betreuungseinheit (Anlage D.8, Matrix B).',
      'betreuungseinheiten',
    );
  }
  if (e.betreuungseinheiten !== undefined && e.betreuungseinheiten > e.plaetze) {
    fehler(
      `betreuungseinheiten (${e.betreuungseinheiten}) übersteigt plaetze (${e.plaetze}): eine Betreuungseinheit ist ein Elternteil mit Kind(ern), also mindestens ein Platz.`,
      'betreuungseinheiten',
    );
  }
  if (form === 'gruppe' && stufe === 'gering' && e.gruppen !== undefined) {
    const max = p('plaetze-je-gruppe-gering-max').wert;
    if (new D(e.plaetze).gt(max.times(e.gruppen))) {
      fehler(
        `${e.plaetze} Plätze in ${e.gruppen} Gruppe(n) sind mehr als ${max} Plätze je Gruppe (${KLAUSEL.gruppengroesse}).`,
        'plaetze',
      );
    }
    const maxBe = p('betreuungseinheiten-je-gruppe-gering-max').wert;
    if (e.betreuungseinheiten !== undefined && new D(e.betreuungseinheiten).gt(maxBe.times(e.gruppen))) {
      fehler(
        `${deZahl(e.betreuungseinheiten, 0)} Betreuungseinheiten in ${e.gruppen} Gruppe(n) sind mehr als ${maxBe} Betreuungseinheiten je Gruppe (${KLAUSEL.gruppengroesse}).`,
        'betreuungseinheiten',
      );
    }
  }
  if (e.hauswirtschaftlicheUnterstuetzung !== undefined && !(form === 'individual' && stufe === 'intensiv')) {
    fehler(
      `hauswirtschaftlicheUnterstuetzung: nur im Individualangebot Intensivleistung vorgesehen, nicht in ${e.variante} (${KLAUSEL.hauswirtschaftlicheUnterstuetzung}).`,
      'hauswirtschaftlicheUnterstuetzung',
    );
  }
  const kinderbetreuungErlaubt = form === 'individual' && stufe !== 'gering';
  if (e.kinderbetreuungsgruppen > 0 && !kinderbetreuungErlaubt) {
    fehler(
      `kinderbetreuungsgruppen: interne Kinderbetreuung ist nur in individual-regel und individual-intensiv kalkulierbar, nicht in ${e.variante} (${KLAUSEL.kinderbetreuung}).`,
      'kinderbetreuungsgruppen',
    );
  }
  const n = e.nachtbereitschaft;
  if (form === 'individual' && n && n.stundenProNacht * n.naechte > 0) {
    fehler(
      `nachtbereitschaft: in ${e.variante} nicht vorgesehen (${KLAUSEL.nachtbereitschaft}).`,
      'nachtbereitschaft',
    );
  }
}

/**
 * "pro Gruppe von 4 - 6 Kindern": fewer children than 4 per group cannot justify the groups (refused); more
 * than 6 per group is computed but flagged, because the contract prices a group and the provider may split it.
 */
function pruefeKinder(e: D8Eingabe, p: ParameterLeser, plausibel: Plausibilitaet): void {
  if (e.kinder === undefined || e.kinderbetreuungsgruppen === 0) return;
  const min = p('kinder-je-kinderbetreuungsgruppe-min');
  const max = p('kinder-je-kinderbetreuungsgruppe-max');
  const gruppen = e.kinderbetreuungsgruppen;
  if (new D(e.kinder).lt(min.wert.times(gruppen))) {
    fehler(
      `kinder: ${e.kinder} Kinder reichen nicht für ${gruppen} Gruppe(n) der internen Kinderbetreuung; je Gruppe sind es ${min.wert}–${max.wert} Kinder, also mindestens ${min.wert.times(gruppen)} (${min.quelle}).`,
      'kinder',
    );
  }
  if (new D(e.kinder).gt(max.wert.times(gruppen))) {
    plausibel.warne({
      id: 'kinderbetreuung-gruppe-gross',
      feld: 'kinder',
      text: `${e.kinder} Kinder in ${gruppen} Gruppe(n) der internen Kinderbetreuung sind mehr als ${max.wert} je Gruppe; eine weitere Gruppe prüfen.`,
      quelle: max.quelle,
    });
  }
}

/** "Berechnung als eigener Anteil" for a further carer (§ 19 (1) S. 2), per person and day. */
function weiterePerson(
  e: D8Eingabe,
  p: ParameterLeser,
  leitungsanteil: { wert: Dez; quelle: string },
  fk: Dez,
  ltg: Dez,
  auslastung: Dez,
): WeiterePerson {
  const vk = p('weitere-person-vk');
  const zeilen: Rechenzeile[] = [
    zeile(
      'betreuung',
      'Weitere Person: Stellenanteil sozialpädagogische Fachkraft',
      vk.wert,
      'VK',
      fk,
      vk.quelle,
    ),
    zeile(
      'leitung',
      'Weitere Person: Leitungsanteil je Platz',
      leitungsanteil.wert,
      'VK',
      ltg,
      leitungsanteil.quelle,
    ),
  ];
  if (e.erstkalkulation) {
    const v = p('vertretung');
    const basis = summe(zeilen);
    zeilen.push(
      zeile(
        'vertretung',
        'Vertretungsmittel (Erstkalkulation)',
        v.wert,
        'Anteil der Personalkosten',
        basis,
        v.quelle,
      ),
    );
  }
  const q = p('qualitaetsbetrag');
  zeilen.push(zeile('qualitaet', 'Qualitätsentwicklungsbetrag je VK', vk.wert, 'VK', q.wert, q.quelle));
  // Per person and year, like every other annual input; several persons each get this share.
  const sach = new D(e.sachkostenWeiterePerson ?? '0');
  zeilen.push(
    zeile(
      'sachkosten',
      'Sachmittel und Nebenkosten je weitere Person',
      new D(1),
      'Jahr',
      sach,
      KLAUSEL.sachkostenWeiterePerson,
    ),
  );
  const jahreskosten = summe(zeilen);
  // "über 365 × Auslastung": the further person occupies no place of its own, so no plaetze factor.
  const tage = new D(TAGE_JE_JAHR).times(auslastung);
  return {
    anzahl: e.weiterePersonen,
    entgelt: { betrag: geld(jahreskosten.div(tage)), einheit: 'EUR je weitere Person und Tag' },
    jahreskosten: geld(jahreskosten),
    berechnungstage: zahl(tage),
    zeilen: ausgabeZeilen(zeilen),
  };
}

/** Tagessatz per place and day for one D.8 variant (docs/regeln.md, Berlin Anlage D.8). */
export function berechneD8(roh: unknown): Entgeltergebnis {
  const e = pruefeEingabe(d8Eingabe, roh);
  const variante = ladeLeistung(LEISTUNG).varianten.find((v) => v.id === e.variante);
  if (!variante) {
    const gueltig = ladeLeistung(LEISTUNG).varianten.map((v) => v.id);
    fehler(`Unbekannte Variante „${e.variante}“ für ${LEISTUNG}. Gültig: ${gueltig.join(', ')}.`, 'variante');
  }
  const [form, stufe] = variante.id.split('-') as [Form, Stufe];
  const p = parameterLeser(LEISTUNG, e.stichtag);
  const auslastung = new D(e.auslastung);
  pruefeAuslastung(auslastung, p);
  pruefeMengen(e, form, stufe, p);
  const plausibel = new Plausibilitaet(LEISTUNG, e.stichtag);
  const schluessel = bestimmeSchluessel(e, form, stufe, p, variante.quelle, plausibel);
  pruefeKinder(e, p, plausibel);

  const fk = new D(e.personalkosten.fachkraft);
  const ltg = new D(e.personalkosten.leitung);
  const plaetze = new D(e.plaetze);
  const zeilen: Rechenzeile[] = [];

  const nachSchluessel =
    form === 'gruppe'
      ? plaetze.div(schluessel.wert)
      : new D(e.betreuungseinheiten ?? 0).times(schluessel.wert);
  let betreuungText =
    form === 'gruppe'
      ? `Betreuung: ${e.plaetze} Plätze, Personalschlüssel 1 : ${deZahl(schluessel.wert)}`
      : `Betreuung: ${e.betreuungseinheiten} Betreuungseinheiten × ${deZahl(schluessel.wert)} VK`;
  let betreuungQuelle = schluessel.quelle;
  let betreuungVk = nachSchluessel;
  // "Bei Ein-Gruppen-Einrichtungen 5,0 sozialpädagogische Fachkräfte": a single Regel group is staffed for
  // round-the-clock care with at least 5.0 FTE, however few places it has.
  if (form === 'gruppe' && stufe === 'regel' && e.gruppen === 1) {
    const boden = p('betreuung-vk-ein-gruppe-min');
    if (nachSchluessel.lt(boden.wert)) {
      betreuungVk = boden.wert;
      betreuungText = `Betreuung: Ein-Gruppen-Einrichtung mit ${e.plaetze} Plätzen, mindestens ${deZahl(boden.wert, 1)} VK`;
      betreuungQuelle = boden.quelle;
    }
  }
  zeilen.push(zeile('betreuung', betreuungText, betreuungVk, 'VK', fk, betreuungQuelle));

  let zusatzVk = new D(0);
  if (e.kinderbetreuungsgruppen > 0) {
    const kb = p('kinderbetreuung-vk-je-gruppe');
    const vk = kb.wert.times(e.kinderbetreuungsgruppen);
    zusatzVk = zusatzVk.plus(vk);
    const text = `Interne Kinderbetreuung: ${e.kinderbetreuungsgruppen} Gruppe(n) × ${deZahl(kb.wert)} VK`;
    zeilen.push(zeile('zusatz-kinderbetreuung', text, vk, 'VK', fk, kb.quelle));
  }
  const nacht = e.nachtbereitschaft;
  if (form === 'gruppe' && nacht && nacht.stundenProNacht * nacht.naechte > 0) {
    const verguetung = p('nachtbereitschaft-verguetung');
    const vk = new D(nacht.stundenProNacht)
      .times(nacht.naechte)
      .times(verguetung.wert)
      .div(nacht.jahresstundenVk);
    zusatzVk = zusatzVk.plus(vk);
    const text = `Nachtbereitschaft: ${deZahl(nacht.stundenProNacht, 0)} Std. × ${nacht.naechte} Nächte × ${deProzent(verguetung.wert)} % / ${deZahl(nacht.jahresstundenVk, 0)} Jahresstunden je VK`;
    zeilen.push(zeile('zusatz-nachtbereitschaft', text, vk, 'VK', fk, verguetung.quelle));
  }

  const leitungsanteil = p(stufe === 'intensiv' ? 'leitungsanteil-intensiv' : 'leitungsanteil');
  const leitungVk = plaetze.times(leitungsanteil.wert);
  const leitungText = `Leitung/Koordination: ${e.plaetze} Plätze × ${deProzent(leitungsanteil.wert)} %`;
  zeilen.push(zeile('leitung', leitungText, leitungVk, 'VK', ltg, leitungsanteil.quelle));

  // Vertretung covers "das pädagogische Personal einschließlich Leitung": the Zusatz staff (childcare,
  // night standby) are pedagogical staff too, so the 1 % applies to all personnel lines.
  if (e.erstkalkulation) {
    const v = p('vertretung');
    const personal = summe(zeilen);
    zeilen.push(
      zeile(
        'vertretung',
        'Vertretungsmittel (Erstkalkulation) auf alle Personalkosten',
        v.wert,
        'Anteil der Personalkosten',
        personal,
        v.quelle,
      ),
    );
  }
  // Quality money per full-time Fachkraft: Betreuung and Zusatz FTE, not Leitung.
  const q = p('qualitaetsbetrag');
  const paedagogischVk = betreuungVk.plus(zusatzVk);
  zeilen.push(
    zeile(
      'qualitaet',
      'Qualitätsentwicklungsbetrag je pädagogische VK',
      paedagogischVk,
      'VK',
      q.wert,
      q.quelle,
    ),
  );
  if (form === 'gruppe' && stufe !== 'gering') {
    const hw = p('hauswirtschaft-je-gruppe');
    const gruppen = new D(e.gruppen ?? 0);
    zeilen.push(
      zeile(
        'hauswirtschaft',
        'Hauswirtschaftliche Versorgung einschließlich Reinigung',
        gruppen,
        'Gruppe',
        hw.wert,
        hw.quelle,
      ),
    );
  }
  if (e.hauswirtschaftlicheUnterstuetzung !== undefined) {
    // A cost of the provider, not pedagogical staff: no VK, no quality money, no stand-in share.
    zeilen.push(
      zeile(
        'hauswirtschaftliche-unterstuetzung',
        'Hauswirtschaftliche Unterstützung (Intensivleistung)',
        new D(1),
        'Jahr',
        new D(e.hauswirtschaftlicheUnterstuetzung),
        KLAUSEL.hauswirtschaftlicheUnterstuetzung,
      ),
    );
  }
  const sachkosten = new D(e.sachkosten);
  zeilen.push(
    zeile(
      'sachkosten',
      'Sachmittel, betriebsnotwendige Anlagen, Nebenkosten',
      new D(1),
      'Jahr',
      sachkosten,
      KLAUSEL.sachkosten,
    ),
  );

  plausibel.arbeitgeberkosten('personalkosten.fachkraft', fk);
  plausibel.arbeitgeberkosten('personalkosten.leitung', ltg);
  if (e.nebenkosten !== undefined) {
    const neben = new D(e.nebenkosten);
    if (neben.gt(sachkosten)) {
      fehler(
        `nebenkosten (${e.nebenkosten}) sind ein Teil der sachkosten (${e.sachkosten}) und können sie nicht übersteigen.`,
        'nebenkosten',
      );
    }
    plausibel.nebenkosten('nebenkosten', neben, plaetze);
  }

  const jahreskosten = summe(zeilen);
  const tage = plaetze.times(TAGE_JE_JAHR).times(auslastung);
  const ergebnis: Entgeltergebnis = {
    leistung: LEISTUNG,
    variante: variante.id,
    stichtag: e.stichtag,
    entgelt: { betrag: geld(jahreskosten.div(tage)), einheit: 'EUR je Platz und Tag' },
    jahreskosten: geld(jahreskosten),
    berechnungstage: zahl(tage),
    vk: { betreuung: zahl(betreuungVk), zusatz: zahl(zusatzVk), leitung: zahl(leitungVk) },
    zeilen: ausgabeZeilen(zeilen),
    warnungen: plausibel.warnungen,
  };
  if (e.weiterePersonen > 0) {
    ergebnis.weiterePerson = weiterePerson(e, p, leitungsanteil, fk, ltg, auslastung);
  }
  return ergebnis;
}
