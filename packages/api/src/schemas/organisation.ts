import { z } from 'zod';
import { pflicht } from './felder.ts';

const frei = (max = 200) => z.string().trim().max(max, `Höchstens ${max} Zeichen.`).optional();
const ganz = (was: string) =>
  z
    .number({ error: `Bitte ${was} als Zahl angeben.` })
    .int(`${was} ist eine ganze Zahl.`)
    .min(0);

/** The invoice data an organisation maintains itself (docs/abrechnung.md, "Rechnungsangaben pflegen"). */
export const rechnungsangabenEingabe = z.object({
  rechnungsname: frei(),
  strasse: pflicht('Straße und Hausnummer'),
  plz: z
    .string()
    .trim()
    .regex(/^\d{5}$/, 'Die Postleitzahl hat 5 Ziffern.'),
  ort: pflicht('den Ort'),
  steuernummer: frei(40),
  ustId: frei(20),
  registernummer: frei(120),
  gln: frei(13),
  iban: frei(42),
  bic: frei(11),
  kontakt: z
    .object({
      name: pflicht('den Namen der Ansprechperson'),
      telefon: pflicht('die Telefonnummer der Ansprechperson', 40),
      email: z.email('Bitte eine gültige E-Mail-Adresse der Ansprechperson angeben.'),
    })
    .optional(),
  zahlungszielTage: z
    .number({ error: 'Bitte das Zahlungsziel in Tagen angeben.' })
    .int('Das Zahlungsziel ist eine ganze Zahl von Tagen.')
    .min(0, 'Das Zahlungsziel liegt zwischen 0 und 120 Tagen.')
    .max(120, 'Das Zahlungsziel liegt zwischen 0 und 120 Tagen.')
    .default(30),
  nummernPrefix: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{1,6}$/, 'Das Präfix der Rechnungsnummern hat 1–6 Großbuchstaben oder Ziffern.')
    .default('RE'),
  datev: z
    .object({
      beraterNr: ganz('die Beraternummer'),
      mandantNr: ganz('die Mandantennummer'),
      sachkontenlaenge: ganz('die Sachkontenlänge')
        .min(4, 'Die Sachkontenlänge liegt zwischen 4 und 8.')
        .max(8, 'Die Sachkontenlänge liegt zwischen 4 und 8.'),
      erloesKonto: pflicht('das Erlöskonto', 9),
      kontenrahmen: frei(10),
      wjBeginnMonat: z.number().int().min(1, 'Monat 1–12.').max(12, 'Monat 1–12.').default(1),
      debitoren: z.record(z.string(), z.string()).default({}),
      debitorStandard: pflicht('das Standard-Debitorenkonto', 9),
    })
    .optional(),
});

export const rechnungsangabenAenderung = z.object({
  angaben: rechnungsangabenEingabe,
  /** Only a Jugendamt has one; a provider's value is ignored. */
  leitwegId: z.string().trim().max(46, 'Höchstens 46 Zeichen.').nullable().optional(),
});
export type RechnungsangabenAenderung = z.input<typeof rechnungsangabenAenderung>;
export type RechnungsangabenEingabe = z.output<typeof rechnungsangabenEingabe>;

export const rechnungsangaben = z
  .object({
    art: z.enum(['traeger', 'jugendamt']),
    name: z.string(),
    leitwegId: z.string().nullable(),
    angaben: rechnungsangabenEingabe.partial().nullable(),
    /** What still prevents invoices (provider) or receiving them (Jugendamt), in German. */
    fehlt: z.array(z.string()),
    rechnungenMoeglich: z.boolean(),
  })
  .meta({ id: 'Rechnungsangaben' });
export type Rechnungsangaben = z.infer<typeof rechnungsangaben>;

// ---- Leistungsangebot: the catalogue Leistungen a provider offers (docs/regeln.md, "Angebotene Leistungen") ----

/** One offered Leistung with what still depends on it, so removing it can warn (Hilfen) or refuse (requests). */
export const angeboteneLeistung = z.object({
  id: z.string(),
  titel: z.string(),
  /** Hilfen of this Leistung not yet ended: they go on when the Leistung is no longer offered. */
  laufendeHilfen: z.number().int(),
  /** Requests still waiting for an answer; null for a role that does not see requests. */
  offeneAnfragen: z.number().int().nullable(),
});
export type AngeboteneLeistung = z.infer<typeof angeboteneLeistung>;

export const leistungsangebot = z.object({ leistungen: z.array(angeboteneLeistung) });
export type Leistungsangebot = z.infer<typeof leistungsangebot>;

export const leistungsangebotEingabe = z.object({
  leistung: pflicht('die Leistung aus dem Katalog', 100),
});
export type LeistungsangebotEingabe = z.input<typeof leistungsangebotEingabe>;

export const leistungsangebotParams = z.object({ leistung: z.string().trim().min(1).max(100) });
