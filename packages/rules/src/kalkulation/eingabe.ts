import { z } from 'zod';
import { EingabeFehler } from '../fehler.ts';
import { isoDatum } from '../katalog/schema.ts';

/**
 * Input schemas of `hilfewerk kalkulation`, one per pricing form. Objects are strict: a misspelt optional
 * field (`auslastng`) would otherwise fall back to a default and silently change a price.
 */

const fehlt = (feld: string, erwartet: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${feld} fehlt (${erwartet})` : `${feld}: ${erwartet} erwartet`;

/** Money as a decimal string with up to two places; binary floats never enter a price. */
export function geldFeld(feld: string) {
  const erwartet = 'Betrag als Text mit höchstens zwei Nachkommastellen, z. B. "68000.00"';
  return z
    .string({ error: fehlt(feld, erwartet) })
    .regex(/^-?\d+(\.\d{1,2})?$/, `${feld}: ${erwartet}`)
    .refine((s) => !s.startsWith('-'), `${feld} darf nicht negativ sein (erlaubt: 0.00 oder mehr)`);
}

export function zahlFeld(feld: string, erwartet = 'Zahl') {
  return z.number({ error: fehlt(feld, erwartet) });
}

export function ganzzahlFeld(feld: string, minimum: number) {
  return z
    .number({ error: fehlt(feld, `ganze Zahl ab ${minimum}`) })
    .int(`${feld}: ganze Zahl erwartet`)
    .min(minimum, `${feld} muss mindestens ${minimum} sein`);
}

export const stichtagFeld = z.string({ error: fehlt('stichtag', 'Datum JJJJ-MM-TT') }).pipe(isoDatum);

export const basisEingabe = z.looseObject({
  leistung: z.string({ error: fehlt('leistung', 'Id einer Leistung des Katalogs') }),
});

export const d8Eingabe = z.strictObject({
  leistung: z.literal('berlin-d8'),
  variante: z.string({ error: fehlt('variante', 'Variante der Leistung') }),
  stichtag: stichtagFeld,
  plaetze: ganzzahlFeld('plaetze', 1),
  betreuungseinheiten: zahlFeld('betreuungseinheiten')
    .positive('betreuungseinheiten muss über 0 liegen')
    .optional(),
  gruppen: ganzzahlFeld('gruppen', 1).optional(),
  auslastung: zahlFeld('auslastung', 'Anteil, z. B. 0.93'),
  personalschluessel: zahlFeld('personalschluessel')
    .positive('personalschluessel muss über 0 liegen')
    .optional(),
  kinderbetreuungsgruppen: ganzzahlFeld('kinderbetreuungsgruppen', 0).default(0),
  /** Children in internal childcare; checked against "pro Gruppe von 4 - 6 Kindern" when given. */
  kinder: ganzzahlFeld('kinder', 0).optional(),
  /** individual-intensiv: housekeeping support per year, the contract's alternative to more key. */
  hauswirtschaftlicheUnterstuetzung: geldFeld('hauswirtschaftlicheUnterstuetzung').optional(),
  weiterePersonen: ganzzahlFeld('weiterePersonen', 0).default(0),
  sachkostenWeiterePerson: geldFeld('sachkostenWeiterePerson').optional(),
  nachtbereitschaft: z
    .strictObject({
      stundenProNacht: zahlFeld('nachtbereitschaft.stundenProNacht')
        .min(0, 'nachtbereitschaft.stundenProNacht darf nicht negativ sein')
        .max(24, 'nachtbereitschaft.stundenProNacht: höchstens 24 Stunden je Nacht'),
      naechte: ganzzahlFeld('nachtbereitschaft.naechte', 0).max(
        366,
        'nachtbereitschaft.naechte: höchstens 366',
      ),
      jahresstundenVk: zahlFeld('nachtbereitschaft.jahresstundenVk').positive(
        'nachtbereitschaft.jahresstundenVk muss über 0 liegen',
      ),
    })
    .optional(),
  erstkalkulation: z.boolean({ error: 'erstkalkulation: true oder false erwartet' }).default(false),
  personalkosten: z.strictObject(
    { fachkraft: geldFeld('personalkosten.fachkraft'), leitung: geldFeld('personalkosten.leitung') },
    { error: fehlt('personalkosten', '{ "fachkraft": "…", "leitung": "…" }') },
  ),
  sachkosten: geldFeld('sachkosten'),
  /** "davon Nebenkosten": part of `sachkosten`, only for the plausibility check of 350 € per place and month. */
  nebenkosten: geldFeld('nebenkosten').optional(),
});

export const lt11Eingabe = z.strictObject({
  leistung: z.literal('lt11-nachbetreuung'),
  variante: z
    .null({ error: 'variante: LT 11 Nachbetreuung hat keine Varianten (Feld weglassen)' })
    .optional(),
  stichtag: stichtagFeld,
  fallzahl: zahlFeld('fallzahl').positive('fallzahl muss über 0 liegen'),
  personalkosten: z.strictObject(
    {
      sozialpaedagogik: geldFeld('personalkosten.sozialpaedagogik'),
      erziehung: geldFeld('personalkosten.erziehung'),
      leitung: geldFeld('personalkosten.leitung'),
    },
    { error: fehlt('personalkosten', '{ "sozialpaedagogik", "erziehung", "leitung" }') },
  ),
  verwaltung: z.union(
    [
      z.strictObject({
        prozent: zahlFeld('verwaltung.prozent')
          .min(0, 'verwaltung.prozent darf nicht negativ sein')
          .max(100, 'verwaltung.prozent: höchstens 100'),
      }),
      z.strictObject({ betrag: geldFeld('verwaltung.betrag') }),
    ],
    {
      error:
        'verwaltung: { "prozent": 8 } (der Personalkosten) oder { "betrag": "12000.00" } je Jahr erwartet',
    },
  ),
  sachkosten: geldFeld('sachkosten'),
  investitionskosten: geldFeld('investitionskosten').optional(),
  auslastung: zahlFeld('auslastung', 'Anteil über 0 bis 1').optional(),
});

export const flsEingabe = z.strictObject({
  leistung: z.literal('kiju-nachbetreuung'),
  variante: z.string({ error: fehlt('variante', 'Variante der Leistung') }),
  stichtag: stichtagFeld,
  personalkosten: z.strictObject(
    { fachkraft: geldFeld('personalkosten.fachkraft') },
    { error: fehlt('personalkosten', '{ "fachkraft": "…" }') },
  ),
  jahresstundenVk: zahlFeld('jahresstundenVk').positive('jahresstundenVk muss über 0 liegen'),
  ausfallstunden: z.strictObject(
    {
      feiertage: zahlFeld('ausfallstunden.feiertage').min(
        0,
        'ausfallstunden.feiertage darf nicht negativ sein',
      ),
      urlaub: zahlFeld('ausfallstunden.urlaub').min(0, 'ausfallstunden.urlaub darf nicht negativ sein'),
      krankheit: zahlFeld('ausfallstunden.krankheit').min(
        0,
        'ausfallstunden.krankheit darf nicht negativ sein',
      ),
      fortbildung: zahlFeld('ausfallstunden.fortbildung').min(
        0,
        'ausfallstunden.fortbildung darf nicht negativ sein',
      ),
    },
    { error: fehlt('ausfallstunden', '{ "feiertage", "urlaub", "krankheit", "fortbildung" }') },
  ),
  direktanteil: zahlFeld('direktanteil', 'Anteil über 0 bis 1')
    .gt(0, 'direktanteil muss über 0 liegen')
    .max(1, 'direktanteil darf höchstens 1 sein'),
  gemeinkostenProzent: zahlFeld('gemeinkostenProzent').min(0, 'gemeinkostenProzent darf nicht negativ sein'),
  sachkostenVk: geldFeld('sachkostenVk'),
});

export type D8Eingabe = z.infer<typeof d8Eingabe>;
export type Lt11Eingabe = z.infer<typeof lt11Eingabe>;
export type FlsEingabe = z.infer<typeof flsEingabe>;

const deutscheMeldungen = z.locales.de().localeError;

/** Parses with German messages; all problems of the input in one message, each naming its field. */
export function pruefeEingabe<T>(schema: z.ZodType<T>, eingabe: unknown): T {
  const ergebnis = schema.safeParse(eingabe, { error: deutscheMeldungen });
  if (ergebnis.success) return ergebnis.data;
  const felder: Record<string, string> = {};
  const meldungen = ergebnis.error.issues.map((issue) => {
    const pfad = issue.path.map(String).join('.');
    const meldung = pfad && !issue.message.startsWith(pfad) ? `${pfad}: ${issue.message}` : issue.message;
    felder[pfad || 'eingabe'] ??= meldung;
    return meldung;
  });
  const erstesFeld = ergebnis.error.issues[0]?.path.map(String).join('.');
  throw new EingabeFehler(`Eingabe ungültig: ${meldungen.join('; ')}`, erstesFeld || undefined, felder);
}
