/** Session, health, Jugendämter, staff, catalogue, audit log. */
import { z } from 'zod';
import { organisationsArt, rolle } from '../enums.ts';
import { bezug, zeitpunkt } from './basis.ts';
import { datum, id, proSeite, seite } from './felder.ts';

export const anmeldung = z.object({
  email: z
    .string({ error: 'Bitte geben Sie Ihre E-Mail-Adresse an.' })
    .trim()
    .min(1, 'Bitte geben Sie Ihre E-Mail-Adresse an.'),
  passwort: z
    .string({ error: 'Bitte geben Sie Ihr Passwort an.' })
    .min(1, 'Bitte geben Sie Ihr Passwort an.'),
});

export const sitzung = z
  .object({
    benutzer: z.object({ id: z.string(), email: z.string(), name: z.string(), rolle }),
    organisation: z.object({
      id: z.string(),
      name: z.string(),
      art: organisationsArt,
      bundesland: z.string(),
      /** Short name in the public complaint form's address (/beschwerde/<kennung>); not every organisation has one. */
      kennung: z.string().nullable().optional(),
    }),
    csrfToken: z.string(),
    /** Logged in with a one-time password: only the password change is open until it is replaced. */
    passwortAendern: z.boolean(),
  })
  .meta({ id: 'Sitzung' });
export type Sitzung = z.infer<typeof sitzung>;

export const csrf = z.object({ csrfToken: z.string() });

export const gesundheit = z.object({
  status: z.literal('ok'),
  datenbank: z.string(),
  eingebettet: z.boolean(),
  demo: z.boolean(),
});
export type Gesundheit = z.infer<typeof gesundheit>;

export const jugendamt = z.object({ id: z.string(), name: z.string(), bundesland: z.string() });
export type Jugendamt = z.infer<typeof jugendamt>;

export const benutzerZeile = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  rolle,
  aktiv: z.boolean(),
});
export type BenutzerZeile = z.infer<typeof benutzerZeile>;

export const katalogEintrag = z.object({
  id: z.string(),
  titel: z.string(),
  rechtsgrundlage: z.array(z.string()),
  varianten: z.array(z.object({ id: z.string(), titel: z.string() })),
  /** Care with accommodation (Anlage D.8); such a Hilfe can be the one an LT 11 Hilfe follows. */
  stationaer: z.boolean(),
  /** Set when a Hilfe of this Leistung must follow a stationary measure (LT 11), with the short list of origins. */
  anschluss: z
    .object({
      text: z.string(),
      quelle: z.string(),
      herkunft: z.array(z.object({ id: z.string(), text: z.string(), erlaeuterungNoetig: z.boolean() })),
    })
    .nullable(),
  /** Set when a Hilfe may record amounts billed outside the rate or budget (D.8, Bremerhaven § 39). */
  zusatzleistungen: z.object({ text: z.string(), quelle: z.string() }).nullable(),
  /** Set when a deadline rule's interval can be agreed in the Hilfeplan: its default. */
  berichtsintervall: z.object({ regel: z.string(), monate: z.number(), quelle: z.string() }).nullable(),
  /** Where the legal bases of the list come from, for the message when another one is sent. */
  rechtsgrundlageQuelle: z.string(),
});
export type KatalogEintrag = z.infer<typeof katalogEintrag>;

export const auditFilter = z.object({
  benutzer: id.optional(),
  aktion: z.string().max(50).optional(),
  ressource: z.string().max(50).optional(),
  von: datum.optional(),
  bis: datum.optional(),
  seite,
  proSeite,
});
export type AuditFilter = z.input<typeof auditFilter>;
export const auditCsvFilter = auditFilter.omit({ seite: true, proSeite: true });

/** `aktion` and `ressource` are AuditAktion/AuditRessource; older rows may carry retired codes. */
export const auditEintrag = z.object({
  id: z.string(),
  /** The row's place in the organisation's hash chain. */
  nummer: z.number(),
  zeitpunkt,
  benutzer: bezug.nullable(),
  aktion: z.string(),
  ressource: z.string(),
  ressourceId: z.string().nullable(),
  /** A readable name of the record (Aktenzeichen, account name, invoice number); null if unknown. */
  datensatz: z.string().nullable(),
  ip: z.string().nullable(),
  /** Ids, field names and for changes `werte`: { feld: { alt, neu } }, masked for special categories. */
  details: z.unknown(),
});
export type AuditEintrag = z.infer<typeof auditEintrag>;
