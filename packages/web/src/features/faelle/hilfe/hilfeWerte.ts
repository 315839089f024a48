import type { Hilfe, HilfeAenderung, HilfeEingabe, KatalogEintrag } from '@hilfewerk/api';
import { formatDatum } from '../../../lib/format';
import { betragAlsText, betragAusText } from './betrag';

/** One Zusatzleistung as the form edits it: the amount as typed ("120,00"). */
export interface ZusatzZeile extends Record<string, unknown> {
  datum: string | null;
  text: string;
  betrag: string;
  genehmigung: string;
}

/** Creating takes the Hilfe's fields; editing also its end (tatsaechlichesEnde, endegrund). */
type Eingabe = HilfeEingabe & Omit<HilfeAenderung, 'version'>;

export interface HilfeWerte extends Record<string, unknown> {
  leistung: string | null;
  variante: string | null;
  rechtsgrundlage: string | null;
  jugendamtId: string | null;
  aktenzeichenJugendamt: string;
  beginn: string | null;
  geplantesEnde: string | null;
  ausnahmeBegruendung: string;
  tatsaechlichesEnde: string | null;
  endegrund: string;
  beendigung: string | null;
  vorgaengerHilfeId: string | null;
  herkunft: string | null;
  herkunftText: string;
  zusatzleistungen: ZusatzZeile[];
  /** "1" … "6" as the select holds it; null: the contract's interval. */
  berichtsintervallMonate: string | null;
  version: number;
}

export const LEERE_HILFE: HilfeWerte = {
  leistung: null,
  variante: null,
  rechtsgrundlage: null,
  jugendamtId: null,
  aktenzeichenJugendamt: '',
  beginn: null,
  geplantesEnde: null,
  ausnahmeBegruendung: '',
  tatsaechlichesEnde: null,
  endegrund: '',
  beendigung: null,
  vorgaengerHilfeId: null,
  herkunft: null,
  herkunftText: '',
  zusatzleistungen: [],
  berichtsintervallMonate: null,
  version: 0,
};

export function hilfeWerteAus(hilfe: Hilfe): HilfeWerte {
  return {
    leistung: hilfe.leistung,
    variante: hilfe.variante,
    rechtsgrundlage: hilfe.rechtsgrundlage,
    jugendamtId: hilfe.jugendamt?.id ?? null,
    aktenzeichenJugendamt: hilfe.aktenzeichenJugendamt ?? '',
    beginn: hilfe.beginn,
    geplantesEnde: hilfe.geplantesEnde,
    ausnahmeBegruendung: hilfe.ausnahmeBegruendung ?? '',
    tatsaechlichesEnde: hilfe.tatsaechlichesEnde,
    endegrund: hilfe.endegrund ?? '',
    beendigung: hilfe.beendigung ?? null,
    vorgaengerHilfeId: hilfe.vorgaengerHilfeId,
    herkunft: hilfe.herkunft,
    herkunftText: hilfe.herkunftText ?? '',
    zusatzleistungen: (hilfe.zusatzleistungen ?? []).map((z) => ({ ...z, betrag: betragAlsText(z.betrag) })),
    berichtsintervallMonate: hilfe.berichtsintervallMonate ? String(hilfe.berichtsintervallMonate) : null,
    version: hilfe.version,
  };
}

/** Empty fields are left out, so the server never reads "" as a value. */
export function alsEingabe(werte: HilfeWerte, bearbeiten: boolean): Eingabe {
  const text = (wert: string) => wert.trim() || (bearbeiten ? null : undefined);
  const datum = (wert: string | null) => wert || (bearbeiten ? null : undefined);
  const eingabe: Eingabe = {
    leistung: werte.leistung ?? '',
    variante: werte.variante || (bearbeiten ? null : undefined),
    rechtsgrundlage: werte.rechtsgrundlage ?? '',
    jugendamtId: werte.jugendamtId ?? '',
    aktenzeichenJugendamt: text(werte.aktenzeichenJugendamt),
    beginn: werte.beginn ?? '',
    geplantesEnde: datum(werte.geplantesEnde),
    ausnahmeBegruendung: text(werte.ausnahmeBegruendung),
    vorgaengerHilfeId: werte.vorgaengerHilfeId || (bearbeiten ? null : undefined),
    herkunft: werte.herkunft || (bearbeiten ? null : undefined),
    herkunftText: text(werte.herkunftText),
    berichtsintervallMonate: werte.berichtsintervallMonate
      ? Number(werte.berichtsintervallMonate)
      : bearbeiten
        ? null
        : undefined,
    // An amount that is no amount goes as typed: the server names it at its field.
    zusatzleistungen: werte.zusatzleistungen.map((z) => ({
      datum: z.datum ?? '',
      text: z.text.trim(),
      betrag: betragAusText(z.betrag) ?? z.betrag,
      genehmigung: z.genehmigung.trim(),
    })),
  };
  if (bearbeiten) {
    eingabe.tatsaechlichesEnde = datum(werte.tatsaechlichesEnde);
    eingabe.endegrund = text(werte.endegrund);
    eingabe.beendigung =
      werte.beendigung === 'planmaessig' || werte.beendigung === 'unplanmaessig' ? werte.beendigung : null;
  }
  return eingabe;
}

/** After a change of Leistung, keep only choices that the new catalogue entry offers. */
export function passeAnLeistungAn(
  werte: HilfeWerte,
  eintrag: KatalogEintrag | undefined,
): Partial<HilfeWerte> {
  const varianten = eintrag?.varianten.map((v) => v.id) ?? [];
  const grundlagen = eintrag?.rechtsgrundlage ?? [];
  const anschluss = Boolean(eintrag?.anschluss);
  return {
    ...(anschluss ? {} : { vorgaengerHilfeId: null, herkunft: null, herkunftText: '' }),
    ...(eintrag?.zusatzleistungen ? {} : { zusatzleistungen: [] }),
    ...(eintrag?.berichtsintervall ? {} : { berichtsintervallMonate: null }),
    variante: werte.variante && varianten.includes(werte.variante) ? werte.variante : null,
    rechtsgrundlage:
      werte.rechtsgrundlage && grundlagen.includes(werte.rechtsgrundlage)
        ? werte.rechtsgrundlage
        : grundlagen.length === 1
          ? grundlagen[0]
          : null,
  };
}

export const datumFormat = (wert: unknown) => formatDatum(typeof wert === 'string' ? wert : null);
