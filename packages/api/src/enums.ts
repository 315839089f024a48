/**
 * Every closed set of codes the API speaks. The database columns, the server's checks and the web's
 * labels all start here, so a new code is one edit and the compiler finds every place that must follow.
 */
import { z } from 'zod';

export const ROLLEN = [
  'administration',
  'leitung',
  'fachkraft',
  'semiprofessionell',
  'verwaltung',
  'iefk',
  'asd',
  'wjh',
  'fachcontrolling',
] as const;
export const rolle = z.enum(ROLLEN);
export type Rolle = z.infer<typeof rolle>;

export const ORGANISATIONS_ARTEN = ['traeger', 'jugendamt'] as const;
export const organisationsArt = z.enum(ORGANISATIONS_ARTEN);
export type OrganisationsArt = z.infer<typeof organisationsArt>;

/** `kind`: a child living with its parent in a § 19 mother/father-child form (Anlage D.8), not a carer. */
export const PERSON_ROLLEN = [
  'junger_mensch',
  'kind',
  'weitere_person',
  'sorgeberechtigt',
  'betreuungsperson',
  'geschwister',
] as const;
export type PersonenRolle = (typeof PERSON_ROLLEN)[number];

export const EREIGNIS_ARTEN = [
  'hpg_geplant',
  'hpg_gehalten',
  'krise',
  'abstimmungsbedarf',
  'bericht_gesendet',
  'abschlussgespraech_geplant',
  'handlungsplan_gesendet',
  'kontakt_sorgeberechtigte',
  'sonstiges',
] as const;
export type EreignisArt = (typeof EREIGNIS_ARTEN)[number];

export const FALL_STATUS = ['aktiv', 'beendet'] as const;
export type FallStatus = (typeof FALL_STATUS)[number];

/** Stored status of a deadline; `ueberfaellig` is computed for today when it is shown. */
export const FRIST_STATUS = ['offen', 'erledigt', 'ueberfaellig', 'entfallen'] as const;
export const friststatus = z.enum(FRIST_STATUS);
export type Friststatus = z.infer<typeof friststatus>;

/** Kinds of work a Leistungseintrag records (docs/regeln.md). Only `direkt` is billed per hour. */
export const LEISTUNGS_ARTEN = [
  'direkt',
  'indirekt',
  'falluebergreifend',
  'fallunspezifisch',
  'netzwerkarbeit',
  'fahrzeit',
] as const;
export const leistungsart = z.enum(LEISTUNGS_ARTEN);
export type Leistungsart = z.infer<typeof leistungsart>;

export const QUALIFIKATIONEN = ['fachkraft', 'semiprofessionell'] as const;
export const qualifikation = z.enum(QUALIFIKATIONEN);
export type Qualifikation = z.infer<typeof qualifikation>;

export const RECHNUNGS_ARTEN = ['rechnung', 'gutschrift'] as const;
export const rechnungsArt = z.enum(RECHNUNGS_ARTEN);
export type RechnungsArt = z.infer<typeof rechnungsArt>;

/** Where an invoice stands; derived from the days recorded and the credit notes against it. */
export const RECHNUNGS_STATUS = ['erstellt', 'versendet', 'bezahlt', 'storniert'] as const;
export const rechnungsstatus = z.enum(RECHNUNGS_STATUS);
export type Rechnungsstatus = z.infer<typeof rechnungsstatus>;

/** What an audit row is about. */
/** Where a complaint stands; it moves only forward (docs/beschwerden.md). */
export const BESCHWERDE_STATUS = ['eingegangen', 'in_bearbeitung', 'beantwortet', 'abgeschlossen'] as const;
export const beschwerdeStatus = z.enum(BESCHWERDE_STATUS);
export type BeschwerdeStatus = z.infer<typeof beschwerdeStatus>;

/**
 * Who complained: `oeffentlich` through the form without login; the rest recorded by Leitung —
 * `extern` someone outside (a neighbour on the phone), `adressat` a young person or parent the
 * organisation works with, `mitarbeitende` its own staff.
 */
export const BESCHWERDE_QUELLEN = ['oeffentlich', 'extern', 'adressat', 'mitarbeitende'] as const;
export type BeschwerdeQuelle = (typeof BESCHWERDE_QUELLEN)[number];
/** What Leitung may choose when entering a complaint by hand (the form's own source is not one). */
export const BESCHWERDE_QUELLEN_INTERN = ['extern', 'adressat', 'mitarbeitende'] as const;

/** Qualification of a staff member as the contracts' keys count it (docs/personal.md). */
export const PERSONAL_QUALIFIKATIONEN = ['sozialpaedagogik', 'erziehung', 'semiprofessionell'] as const;
export type PersonalQualifikation = (typeof PERSONAL_QUALIFIKATIONEN)[number];
export const PERSONAL_FUNKTIONEN = ['betreuung', 'leitung'] as const;
export type PersonalFunktion = (typeof PERSONAL_FUNKTIONEN)[number];
/** Why a person is away: leave or illness (never a diagnosis). */
export const ABWESENHEIT_ARTEN = ['urlaub', 'krankheit'] as const;
export type AbwesenheitArt = (typeof ABWESENHEIT_ARTEN)[number];

export const AUDIT_RESSOURCEN = [
  'fall',
  'person',
  'hilfe',
  'ereignis',
  'notiz',
  'team',
  'sitzung',
  'frist',
  'organisationsfrist',
  'kalenderAbo',
  'einstellung',
  'kalkulation',
  'leistungseintrag',
  'budgetvereinbarung',
  'monatsabschluss',
  'gutschrift',
  'rechnung',
  'rechnungsangaben',
  'kinderschutzverfahren',
  'kinderschutzschritt',
  'kinderschutzVignette',
  'benutzer',
  'passwort',
  'organisation',
  'auskunft',
  'datev',
  'anfrage',
  'bericht',
  'posteingang',
  'hilfeplanTermin',
  'hilfeplanZiel',
  'beschwerde',
  'mitarbeiter',
  'bereitschaft',
  'vorkommnis',
  'vorkommnisPflicht',
  'mitarbeiterSchulung',
  'zugriff',
  'loeschsperre',
  'aufbewahrung',
  'protokoll',
  'abwesenheit',
  'jahresbericht',
  'dokument',
  'eigenePflicht',
  'leistungsangebot',
] as const;
export const auditRessource = z.enum(AUDIT_RESSOURCEN);
export type AuditRessource = z.infer<typeof auditRessource>;

export const AUDIT_AKTIONEN = [
  'anmelden',
  'abmelden',
  'lesen',
  'anlegen',
  'aendern',
  'loeschen',
  'hinzufuegen',
  'entfernen',
  'erledigen',
  'ueberallAbmelden',
  'deaktivieren',
  'reaktivieren',
  'passwortZuruecksetzen',
  'entsperren',
  'suchen',
  'exportieren',
  'zurueckziehen',
  'absagen',
  'zusagen',
  'senden',
  'gelesen',
  'beantworten',
  'verweigern',
  'anmeldenFehlgeschlagen',
  'anonymisieren',
  'aufheben',
  'ssoAnmelden',
  'ssoAbgewiesen',
] as const;
export const auditAktion = z.enum(AUDIT_AKTIONEN);
export type AuditAktion = z.infer<typeof auditAktion>;

/** Between Jugendamt and provider: the staffing recommendation of a request (binding when kinderschutzrelevant). */
export const EMPFEHLUNGEN = ['fachkraft', 'semiprofessionell'] as const;
export const empfehlung = z.enum(EMPFEHLUNGEN);
export const ANFRAGE_STATUS = ['offen', 'zugesagt', 'abgesagt', 'zurueckgezogen'] as const;
export const anfrageStatus = z.enum(ANFRAGE_STATUS);
export const BERICHT_ARTEN = [
  'handlungsplan',
  'entwicklungsbericht',
  'bericht-vor-hpg',
  'abschlussbericht',
] as const;
export const berichtArt = z.enum(BERICHT_ARTEN);
export type BerichtArt = z.infer<typeof berichtArt>;
export const BERICHT_STATUS = ['entwurf', 'gesendet'] as const;
export const berichtStatus = z.enum(BERICHT_STATUS);
export const POSTEINGANG_ARTEN = [
  'bericht',
  'kinderschutz',
  'mitteilung',
  'jahresbericht',
  'veraenderung',
  'gruppenangebot',
] as const;
/** What a provider may tell the granting Jugendamt about a Hilfe on its own (POST /api/hilfen/:id/mitteilungen). */
export const TRAEGER_MITTEILUNG_ARTEN = ['veraenderung', 'gruppenangebot'] as const;
export const posteingangArt = z.enum(POSTEINGANG_ARTEN);
export const HPG_ARTEN = ['hpg', 'abschlussgespraech'] as const;
export const hpgArt = z.enum(HPG_ARTEN);
export const HPG_STATUS = ['geplant', 'gehalten', 'abgesagt'] as const;
export const hpgStatus = z.enum(HPG_STATUS);
export const ZIEL_BEWERTUNGEN = ['erreicht', 'teilweise', 'nicht-erreicht', 'entfallen'] as const;
export const zielBewertung = z.enum(ZIEL_BEWERTUNGEN);

/** Crises and besondere Vorkommnisse of a case (docs/kinderschutz.md); packages/rules holds the same list (checked in server/src/test/listen-einig.test.ts). */
export const VORKOMMNIS_ARTEN = [
  'krise',
  'erkrankung',
  'krankenhaus',
  'verletzung',
  'gewalt',
  'selbstgefaehrdung',
  'entweichung',
  'polizei',
  'todesfall',
  'sonstiges',
] as const;
export type VorkommnisArtCode = (typeof VORKOMMNIS_ARTEN)[number];
/** Whom an event obliges to inform: Jugendamt, custodians, supervising authority (§ 47 SGB VIII). */
export const VORKOMMNIS_PFLICHTEN = ['jugendamt', 'sorgeberechtigte', 'aufsicht'] as const;
export type VorkommnisPflichtCode = (typeof VORKOMMNIS_PFLICHTEN)[number];
export const PFLICHT_STATUS = ['offen', 'ueberfaellig', 'erledigt', 'unterblieben'] as const;
export type PflichtStatusCode = (typeof PFLICHT_STATUS)[number];

/** Trainings of staff: the yearly § 8a one is tracked (docs/personal.md), others are recorded. */
export const SCHULUNG_ARTEN = ['kinderschutz-8a', 'sonstige'] as const;
export type SchulungArt = (typeof SCHULUNG_ARTEN)[number];
/**
 * Why a single sign-on login was refused after the identity provider vouched for the person: written to
 * that organisation's audit log (`ssoAbgewiesen`) and shown, in words, on the refusal page.
 */
export const SSO_ABWEISUNGSGRUENDE = [
  'konto-unbekannt',
  'konto-deaktiviert',
  'email-unbestaetigt',
  'rolle-fehlt',
  'rolle-mehrdeutig',
  'rolle-unpassend',
] as const;
export type SsoAbweisungsgrund = (typeof SSO_ABWEISUNGSGRUENDE)[number];
/** How a Hilfe ended (key figure "Entlassungen nach Art"); the free-text Endegrund says why. */
export const BEENDIGUNGS_ARTEN = ['planmaessig', 'unplanmaessig'] as const;
export const beendigung = z.enum(BEENDIGUNGS_ARTEN, {
  error: 'Bitte „planmäßig“ oder „unplanmäßig“ angeben.',
});
export type Beendigung = z.infer<typeof beendigung>;

/** Kinds of document attached to a case file (docs/fallakte.md). */
export const DOKUMENT_ARTEN = ['hilfeplan', 'bescheid', 'bericht', 'sonstiges'] as const;
export type DokumentArtCode = (typeof DOKUMENT_ARTEN)[number];
/** Media types accepted for upload; recognised from the file's first bytes, never from its name. */
export const DOKUMENT_MIME = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;
export type DokumentMime = (typeof DOKUMENT_MIME)[number];
/** 10 MB: large enough for a scanned Bescheid, small enough to keep in the database. */
export const DOKUMENT_MAX_BYTES = 10 * 1024 * 1024;

/** How often a duty the Leitung sets itself recurs (supervision, a team day): months, or every N weeks. */
export const PFLICHT_RHYTHMEN = [
  'monatlich',
  'vierteljaehrlich',
  'halbjaehrlich',
  'jaehrlich',
  'wochen',
] as const;
export const pflichtRhythmus = z.enum(PFLICHT_RHYTHMEN);
export type PflichtRhythmus = (typeof PFLICHT_RHYTHMEN)[number];
