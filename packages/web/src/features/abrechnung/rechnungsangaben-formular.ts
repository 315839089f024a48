/**
 * Between the form (text fields, '' for empty) and the API body (optional fields left out, numbers as
 * numbers). Kept apart from the page so the conversion is tested without a browser.
 */
import type { Angaben, Rechnungsangaben } from './rechnungsangaben-api';

export interface Werte extends Record<string, unknown> {
  angaben: {
    rechnungsname: string;
    strasse: string;
    plz: string;
    ort: string;
    steuernummer: string;
    ustId: string;
    registernummer: string;
    gln: string;
    iban: string;
    bic: string;
    kontakt: { name: string; telefon: string; email: string };
    zahlungszielTage: number;
    nummernPrefix: string;
    datev: {
      beraterNr: string;
      mandantNr: string;
      sachkontenlaenge: string;
      erloesKonto: string;
      kontenrahmen: string;
      wjBeginnMonat: string;
      debitorStandard: string;
    };
  };
  leitwegId: string;
}

const t = (w: unknown) => (w === undefined || w === null ? '' : String(w));

export function werteAus(r: Rechnungsangaben): Werte {
  const a = r.angaben ?? {};
  return {
    angaben: {
      rechnungsname: t(a.rechnungsname),
      strasse: t(a.strasse),
      plz: t(a.plz),
      ort: t(a.ort),
      steuernummer: t(a.steuernummer),
      ustId: t(a.ustId),
      registernummer: t(a.registernummer),
      gln: t(a.gln),
      iban: t(a.iban),
      bic: t(a.bic),
      kontakt: { name: t(a.kontakt?.name), telefon: t(a.kontakt?.telefon), email: t(a.kontakt?.email) },
      zahlungszielTage: a.zahlungszielTage ?? 30,
      nummernPrefix: a.nummernPrefix ?? 'RE',
      datev: {
        beraterNr: t(a.datev?.beraterNr),
        mandantNr: t(a.datev?.mandantNr),
        sachkontenlaenge: t(a.datev?.sachkontenlaenge ?? 4),
        erloesKonto: t(a.datev?.erloesKonto),
        kontenrahmen: t(a.datev?.kontenrahmen),
        wjBeginnMonat: t(a.datev?.wjBeginnMonat ?? 1),
        debitorStandard: t(a.datev?.debitorStandard),
      },
    },
    leitwegId: t(r.leitwegId),
  };
}

const opt = (w: string) => (w.trim() === '' ? undefined : w.trim());
const zahl = (w: string) => (w.trim() === '' ? Number.NaN : Number(w.trim()));

/**
 * The PUT body. A contact or DATEV block left entirely empty is left out (not half-sent); debtor accounts
 * per Jugendamt are not edited here and go back as they were loaded.
 */
export function bodyAus(
  w: Werte,
  geladen: Rechnungsangaben,
): { angaben: Angaben; leitwegId?: string | null } {
  const a = w.angaben;
  const k = a.kontakt;
  const d = a.datev;
  const kontaktLeer = !opt(k.name) && !opt(k.telefon) && !opt(k.email);
  const datevLeer = !opt(d.beraterNr) && !opt(d.mandantNr) && !opt(d.erloesKonto) && !opt(d.debitorStandard);
  const angaben: Angaben = {
    rechnungsname: opt(a.rechnungsname),
    strasse: a.strasse.trim(),
    plz: a.plz.trim(),
    ort: a.ort.trim(),
    steuernummer: opt(a.steuernummer),
    ustId: opt(a.ustId)?.toUpperCase().replace(/\s/g, ''),
    registernummer: opt(a.registernummer),
    gln: opt(a.gln),
    iban: opt(a.iban),
    bic: opt(a.bic),
    kontakt: kontaktLeer
      ? undefined
      : { name: k.name.trim(), telefon: k.telefon.trim(), email: k.email.trim() },
    zahlungszielTage: a.zahlungszielTage,
    nummernPrefix: a.nummernPrefix.trim(),
    datev: datevLeer
      ? undefined
      : {
          beraterNr: zahl(d.beraterNr),
          mandantNr: zahl(d.mandantNr),
          sachkontenlaenge: zahl(d.sachkontenlaenge),
          erloesKonto: d.erloesKonto.trim(),
          kontenrahmen: opt(d.kontenrahmen),
          wjBeginnMonat: zahl(d.wjBeginnMonat),
          debitoren: geladen.angaben?.datev?.debitoren ?? {},
          debitorStandard: d.debitorStandard.trim(),
        },
  };
  return geladen.art === 'jugendamt' ? { angaben, leitwegId: opt(w.leitwegId) ?? null } : { angaben };
}
