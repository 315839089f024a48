import Decimal from 'decimal.js';
import { Temporal } from 'temporal-polyfill';
import { EingabeFehler } from '../fehler.ts';
import { alsGeld, anteiligePauschale, flsBetrag, minutenAlsStunden, tagessatzBetrag } from './betraege.ts';
import { verteileGruppeneintrag } from './gruppenangebot.ts';
import type { AbrechnungsHilfe, Gruppeneintrag, Leistungseintrag, RechnungsPosition } from './typen.ts';
import { type Abrechnungsmonat, alsMonat, alsTag, imMonat } from './zeitraum.ts';

export interface Abrechnungseingabe {
  /** Billing month `YYYY-MM`. */
  monat: string;
  hilfen: readonly AbrechnungsHilfe[];
  /** Documented work; only `direkt` minutes of Hilfen priced per Fachleistungsstunde are billed. */
  eintraege?: readonly Leistungseintrag[];
  /** Group offers, split across their Hilfen before billing (see `teileMinuten`). */
  gruppeneintraege?: readonly Gruppeneintrag[];
}

/**
 * The invoice lines of one month, in the order of `hilfen`. A Hilfe with nothing to bill (no overlap with the
 * month, no direct hours) has no line. Direct minutes dated outside the Hilfe's own period are not billed under
 * its Bewilligung.
 */
export function rechnungsPositionen(eingabe: Abrechnungseingabe): RechnungsPosition[] {
  const monat = alsMonat(eingabe.monat);
  const eintraege = [
    ...(eingabe.eintraege ?? []),
    ...(eingabe.gruppeneintraege ?? []).flatMap(verteileGruppeneintrag),
  ];
  return eingabe.hilfen.flatMap((hilfe, i) => positionenDerHilfe(hilfe, `hilfen[${i}]`, monat, eintraege));
}

function positionenDerHilfe(
  hilfe: AbrechnungsHilfe,
  feld: string,
  monat: Abrechnungsmonat,
  eintraege: readonly Leistungseintrag[],
): RechnungsPosition[] {
  const zeitraum = imMonat({ von: hilfe.beginn, bis: hilfe.ende }, monat, feld);
  if (!zeitraum) return [];
  return [
    ...entgeltPositionen(hilfe, feld, monat, zeitraum, eintraege),
    ...zusatzPositionen(hilfe, feld, zeitraum),
  ];
}

/**
 * The lines of Zusatzleistungen dated in the part of the month the Hilfe ran: quantity 1 at their amount, after
 * the Hilfe's own lines, in the order recorded. One dated outside the Hilfe's period is not billed under it.
 */
function zusatzPositionen(
  hilfe: AbrechnungsHilfe,
  feld: string,
  zeitraum: { von: Temporal.PlainDate; bis: Temporal.PlainDate },
): RechnungsPosition[] {
  return (hilfe.zusatzleistungen ?? []).flatMap((z, k) => {
    const f = `${feld}.zusatzleistungen[${k}]`;
    const tag = alsTag(z.datum, `${f}.datum`);
    const betrag = alsGeld(z.betrag, `${f}.betrag`);
    if (betrag.isZero()) throw new EingabeFehler(`${f}.betrag: muss größer als 0 sein.`, `${f}.betrag`);
    if (typeof z.text !== 'string' || !z.text.trim()) {
      throw new EingabeFehler(`${f}.text: fehlt.`, `${f}.text`);
    }
    if (typeof z.genehmigung !== 'string' || !z.genehmigung.trim()) {
      throw new EingabeFehler(`${f}.genehmigung: fehlt.`, `${f}.genehmigung`);
    }
    const drin =
      Temporal.PlainDate.compare(tag, zeitraum.von) >= 0 &&
      Temporal.PlainDate.compare(tag, zeitraum.bis) <= 0;
    if (!drin) return [];
    return [
      {
        hilfeId: hilfe.id,
        aktenzeichenJugendamt: hilfe.aktenzeichenJugendamt,
        bewilligung: z.genehmigung.trim(),
        zeitraumVon: tag.toString(),
        zeitraumBis: tag.toString(),
        menge: 1,
        einheit: hilfe.entgelt.art === 'traegerbudget' ? 'Sonderbedarf' : 'Zusatzleistung',
        einheitCode: 'C62',
        satz: betrag.toFixed(2),
        betrag: betrag.toFixed(2),
        zusatz: z.text.trim(),
      },
    ];
  });
}

function entgeltPositionen(
  hilfe: AbrechnungsHilfe,
  feld: string,
  monat: Abrechnungsmonat,
  zeitraum: { von: Temporal.PlainDate; bis: Temporal.PlainDate; tage: number },
  eintraege: readonly Leistungseintrag[],
): RechnungsPosition[] {
  const entgelt = hilfe.entgelt;
  // The budget pays the Hilfe; nothing of it is invoiced per case.
  if (entgelt.art === 'traegerbudget') return [];
  const kopf = {
    hilfeId: hilfe.id,
    aktenzeichenJugendamt: hilfe.aktenzeichenJugendamt,
    bewilligung: hilfe.bewilligung,
    zeitraumVon: zeitraum.von.toString(),
    zeitraumBis: zeitraum.bis.toString(),
  };
  const satz = alsGeld(entgelt.satz, `${feld}.entgelt.satz`);

  if (entgelt.art === 'fachleistungsstunde') {
    let minuten = 0;
    for (const [j, e] of eintraege.entries()) {
      if (e.hilfeId !== hilfe.id || e.art !== 'direkt') continue;
      if (!Number.isInteger(e.minuten) || e.minuten < 0) {
        throw new EingabeFehler(`eintraege[${j}].minuten: ${e.minuten} muss eine ganze Zahl ab 0 sein.`);
      }
      const tag = alsTag(e.datum, `eintraege[${j}].datum`);
      const drin =
        Temporal.PlainDate.compare(tag, zeitraum.von) >= 0 &&
        Temporal.PlainDate.compare(tag, zeitraum.bis) <= 0;
      if (drin) minuten += e.minuten;
    }
    if (minuten === 0) return [];
    const stunden = minutenAlsStunden(minuten);
    return [position(kopf, stunden, 'Fachleistungsstunde', 'HUR', satz, flsBetrag(stunden, satz))];
  }

  if (entgelt.art === 'monatspauschale') {
    if (zeitraum.tage === monat.tage) return [position(kopf, new Decimal(1), 'Monat', 'MON', satz, satz)];
    // Part of the month: the days at the Pauschale per days of the month, so that quantity × rate ÷ base
    // quantity gives the amount exactly (a rounded share of the month would not multiply out).
    const betrag = anteiligePauschale(zeitraum.tage, monat.tage, satz);
    return [
      {
        ...position(kopf, new Decimal(zeitraum.tage), 'Tag (anteilig)', 'DAY', satz, betrag),
        basismenge: monat.tage,
      },
    ];
  }

  const zeilen = [
    position(kopf, new Decimal(zeitraum.tage), 'Tag', 'DAY', satz, tagessatzBetrag(zeitraum.tage, satz)),
  ];
  if (entgelt.weiterePerson) {
    const satzWeitere = alsGeld(entgelt.weiterePerson.satz, `${feld}.entgelt.weiterePerson.satz`);
    // A carer's days count only while the Hilfe itself runs in this month.
    const hilfeImMonat = { ...monat, von: zeitraum.von, bis: zeitraum.bis };
    const tage = entgelt.weiterePerson.zeitraeume.reduce(
      (summe, z, k) =>
        summe + (imMonat(z, hilfeImMonat, `${feld}.entgelt.weiterePerson.zeitraeume[${k}]`)?.tage ?? 0),
      0,
    );
    if (tage > 0) {
      zeilen.push(
        position(
          kopf,
          new Decimal(tage),
          'Tag (weitere Person)',
          'DAY',
          satzWeitere,
          tagessatzBetrag(tage, satzWeitere),
        ),
      );
    }
  }
  return zeilen;
}

function position(
  kopf: Omit<RechnungsPosition, 'menge' | 'einheit' | 'einheitCode' | 'basismenge' | 'satz' | 'betrag'>,
  menge: Decimal,
  einheit: string,
  einheitCode: RechnungsPosition['einheitCode'],
  satz: Decimal,
  betrag: Decimal,
): RechnungsPosition {
  return {
    ...kopf,
    menge: menge.toNumber(),
    einheit,
    einheitCode,
    satz: satz.toFixed(2),
    betrag: betrag.toFixed(2),
  };
}

/** Sum of the lines' (already rounded) amounts: the total is exactly what the lines show. */
export function rechnungSumme(positionen: readonly Pick<RechnungsPosition, 'betrag'>[]): string {
  return positionen
    .reduce((summe, p, i) => summe.plus(alsGeld(p.betrag, `positionen[${i}].betrag`)), new Decimal(0))
    .toFixed(2);
}
