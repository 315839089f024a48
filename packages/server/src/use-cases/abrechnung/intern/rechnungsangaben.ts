import { z } from 'zod';
import type { DatevEinstellungen } from '../../../dokumente/datev-export.ts';
import { type Kaeufer, type Verkaeufer, verkaeuferKennungFehlt } from '../../../dokumente/rechnung.ts';
import { Ungueltig } from '../../../fehler.ts';

/**
 * `organisation.rechnungsangaben`: what invoices need of an organisation. A Jugendamt needs its
 * postal address (its Leitweg-ID has its own column); a provider also its tax number, bank
 * account, billing contact and, for the DATEV export, its bookkeeping settings.
 */
export const rechnungsangabenSchema = z.object({
  /** Name as printed on invoices, when it differs from the organisation's name (e.g. "… e. V."). */
  rechnungsname: z.string().optional(),
  strasse: z.string().min(1),
  plz: z.string().min(1),
  ort: z.string().min(1),
  steuernummer: z.string().optional(),
  ustId: z.string().optional(),
  /** Vereinsregister or Handelsregister entry, e.g. "VR 3456, Amtsgericht Wuppertal" (XRechnung BT-30). */
  registernummer: z.string().optional(),
  /** Global Location Number, 13 digits (XRechnung BT-29). */
  gln: z
    .string()
    .regex(/^\d{13}$/)
    .optional(),
  iban: z.string().optional(),
  bic: z.string().optional(),
  kontakt: z.object({ name: z.string(), telefon: z.string(), email: z.string() }).optional(),
  /** @default 30 */
  zahlungszielTage: z.number().int().min(0).max(120).default(30),
  /** Prefix of invoice numbers, e.g. `RE` → `RE-2026-00001`. @default 'RE' */
  nummernPrefix: z.string().default('RE'),
  datev: z
    .object({
      beraterNr: z.number().int(),
      mandantNr: z.number().int(),
      sachkontenlaenge: z.number().int().min(4).max(8),
      erloesKonto: z.string(),
      kontenrahmen: z.string().optional(),
      /** First month of the fiscal year (1–12). @default 1 */
      wjBeginnMonat: z.number().int().min(1).max(12).default(1),
      /** Debtor account per Jugendamt, keyed by its Leitweg-ID; others use `debitorStandard`. */
      debitoren: z.record(z.string(), z.string()).default({}),
      debitorStandard: z.string(),
    })
    .optional(),
});

export type Rechnungsangaben = z.infer<typeof rechnungsangabenSchema>;

interface Org {
  name: string;
  leitwegId: string | null;
  rechnungsangaben: unknown;
}

export function angaben(o: Org): Rechnungsangaben | undefined {
  const r = rechnungsangabenSchema.safeParse(o.rechnungsangaben);
  return r.success ? r.data : undefined;
}

/** What a provider still lacks to issue invoices, in German, empty when nothing. */
export function fehlendeVerkaeuferAngaben(o: Org): string[] {
  const a = angaben(o);
  if (!a) return ['Anschrift'];
  const fehlt: string[] = [];
  if (!a.steuernummer && !a.ustId) fehlt.push('Steuernummer oder USt-IdNr.');
  if (verkaeuferKennungFehlt(a)) {
    fehlt.push(
      'Registernummer (Vereins- oder Handelsregister), USt-IdNr. oder GLN (EN 16931, Regel BR-CO-26)',
    );
  }
  if (!a.iban) fehlt.push('IBAN');
  if (!a.kontakt) fehlt.push('Ansprechperson für Rechnungen');
  return fehlt;
}

/** The provider as invoice seller, or 422 saying what is missing. */
export function verkaeuferVon(o: Org): { verkaeufer: Verkaeufer; angaben: Rechnungsangaben } {
  const fehlt = fehlendeVerkaeuferAngaben(o);
  const a = angaben(o);
  if (!a || fehlt.length > 0) {
    throw new Ungueltig(
      { rechnungsangaben: `Es fehlen: ${fehlt.join(', ')}.` },
      `Für Rechnungen fehlen Angaben des Trägers (${fehlt.join(', ')}). Bitte die Administration, sie in den Rechnungsangaben der Organisation zu ergänzen.`,
    );
  }
  return {
    angaben: a,
    verkaeufer: {
      name: a.rechnungsname ?? o.name,
      strasse: a.strasse,
      plz: a.plz,
      ort: a.ort,
      land: 'DE',
      steuernummer: a.steuernummer,
      ustId: a.ustId,
      registernummer: a.registernummer,
      gln: a.gln,
      iban: a.iban as string,
      bic: a.bic,
      kontakt: a.kontakt as Verkaeufer['kontakt'],
    },
  };
}

/** What a Jugendamt lacks to receive invoices, in German ("die Leitweg-ID fehlt"), empty when nothing. */
export function fehlendeKaeuferAngaben(o: Org): string[] {
  if (!o.leitwegId) return ['die Leitweg-ID fehlt'];
  if (!angaben(o)) return ['die Anschrift fehlt'];
  return [];
}

/** A Jugendamt as invoice buyer, or undefined with the reason. */
export function kaeuferVon(o: Org): Kaeufer | string {
  const a = angaben(o);
  const [fehlt] = fehlendeKaeuferAngaben(o);
  if (fehlt || !o.leitwegId || !a) return `${o.name}: ${fehlt}`;
  return {
    name: a.rechnungsname ?? o.name,
    strasse: a.strasse,
    plz: a.plz,
    ort: a.ort,
    land: 'DE',
    leitwegId: o.leitwegId,
  };
}

/** The first day of the fiscal year that contains `datum`. */
export function wjBeginnFuer(a: Rechnungsangaben, datum: string): string {
  const monat = a.datev?.wjBeginnMonat ?? 1;
  const jahr = Number(datum.slice(0, 4)) - (Number(datum.slice(5, 7)) < monat ? 1 : 0);
  return `${jahr}-${String(monat).padStart(2, '0')}-01`;
}

/** The provider's DATEV settings for a batch of the fiscal year beginning `wjBeginn`. */
export function datevEinstellungen(a: Rechnungsangaben, wjBeginn: string): DatevEinstellungen {
  const d = a.datev;
  if (!d) {
    throw new Ungueltig(
      { datev: 'Beraternummer, Mandantennummer, Kontenlänge und Erlöskonto fehlen.' },
      'Für den DATEV-Export fehlen die Buchhaltungsangaben des Trägers. Bitte die Administration, sie zu ergänzen.',
    );
  }
  return {
    beraterNr: d.beraterNr,
    mandantNr: d.mandantNr,
    wjBeginn,
    sachkontenlaenge: d.sachkontenlaenge,
    erloesKonto: d.erloesKonto,
    kontenrahmen: d.kontenrahmen,
    debitorKonto: (k) => d.debitoren[k.leitwegId] ?? d.debitorStandard,
  };
}
