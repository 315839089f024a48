import type { Hilfe, HilfeAenderung, HilfeEingabe, KatalogEintrag } from '@hilfewerk/api';
import { formatDatum } from '../../../lib/format';

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
  };
  if (bearbeiten) {
    eingabe.tatsaechlichesEnde = datum(werte.tatsaechlichesEnde);
    eingabe.endegrund = text(werte.endegrund);
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
  return {
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
