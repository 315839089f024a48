import type { AuditAktion, AuditRessource, SsoAbweisungsgrund } from '@hilfewerk/api';
import { audit, type Db } from '@hilfewerk/db';
import type { Kontext } from '../access/kontext.ts';
import type { AuditWerte } from './werte.ts';

/** An event whose resource and action are codes of the API contract, so the Protokoll has a label for each. */
type MitBeschriftung<T extends { aktion: AuditAktion; ressource: AuditRessource }> = T;

/** Every audited event, as a typed union: a new kind of event is a compile-time decision. */
export type AuditEreignis = MitBeschriftung<
  | {
      aktion: 'anlegen' | 'aendern';
      ressource: 'fall' | 'person' | 'hilfe';
      ressourceId: string;
      felder: string[];
      werte?: AuditWerte;
    }
  | { aktion: 'anlegen'; ressource: 'ereignis' | 'notiz'; ressourceId: string; fallId: string }
  | {
      aktion: 'aendern';
      ressource: 'ereignis';
      ressourceId: string;
      fallId: string;
      felder: string[];
      werte?: AuditWerte;
    }
  | { aktion: 'lesen'; ressource: 'notiz'; ressourceId: string; fallId: string }
  | { aktion: 'hinzufuegen' | 'entfernen'; ressource: 'team'; ressourceId: string; benutzerId: string }
  | { aktion: 'anmelden' | 'abmelden'; ressource: 'sitzung'; ressourceId: string }
  /** A single sign-on; a pending one-time password was replaced by an unknown one (login-sso.ts). */
  | { aktion: 'ssoAnmelden'; ressource: 'sitzung'; ressourceId: string; einmalpasswortVerworfen?: true }
  /** A refused single sign-on of a known organisation; written without a session, so without `auth`. */
  | { aktion: 'ssoAbgewiesen'; ressource: 'sitzung'; ressourceId: null; grund: SsoAbweisungsgrund }
  | { aktion: 'ueberallAbmelden'; ressource: 'sitzung'; ressourceId: string; beendeteSitzungen: number }
  | { aktion: 'erledigen'; ressource: 'frist'; ressourceId: string; fallId: string; ereignisId?: string }
  | {
      aktion: 'erledigen';
      ressource: 'organisationsfrist';
      ressourceId: string;
      /** The report attached when it was met (id only: never its name or content). */
      dokumentId?: string;
    }
  | { aktion: 'anlegen' | 'entfernen'; ressource: 'kalenderAbo'; ressourceId: string }
  | { aktion: 'aendern'; ressource: 'einstellung'; ressourceId: string; felder: string[]; werte?: AuditWerte }
  | {
      aktion: 'aendern';
      ressource: 'rechnungsangaben';
      ressourceId: string;
      felder: string[];
      werte?: AuditWerte;
    }
  | { aktion: 'anlegen'; ressource: 'kalkulation'; ressourceId: string; reiheId: string; version: number }
  | {
      aktion: 'anlegen' | 'aendern' | 'loeschen';
      ressource: 'leistungseintrag' | 'budgetvereinbarung';
      ressourceId: string;
      felder: string[];
      werte?: AuditWerte;
    }
  | {
      aktion: 'anlegen';
      ressource: 'monatsabschluss';
      ressourceId: string;
      monat: string;
      rechnungen: number;
      eintraege: number;
    }
  | { aktion: 'anlegen'; ressource: 'gutschrift'; ressourceId: string; bezugRechnungId: string }
  | { aktion: 'aendern'; ressource: 'rechnung'; ressourceId: string; felder: string[]; werte?: AuditWerte }
  | { aktion: 'anlegen'; ressource: 'organisation'; ressourceId: string }
  | { aktion: 'anlegen'; ressource: 'benutzer'; ressourceId: string; rolle: string }
  /** Roles are no personal data: a role change records both, so the log shows who could do what when. */
  | {
      aktion: 'aendern';
      ressource: 'benutzer';
      ressourceId: string;
      felder: string[];
      werte?: AuditWerte;
      rolle?: { alt: string; neu: string };
      /** Set when the identity provider's role claim changed the role at a single sign-on. */
      quelle?: 'sso';
    }
  | {
      aktion: 'deaktivieren' | 'reaktivieren' | 'passwortZuruecksetzen' | 'entsperren';
      ressource: 'benutzer';
      ressourceId: string;
    }
  | { aktion: 'aendern'; ressource: 'passwort'; ressourceId: string; beendeteSitzungen: number }
  /** Reading a case file: who looked at whose file, when (Art. 5 (2) GDPR accountability). */
  | { aktion: 'lesen'; ressource: 'fall'; ressourceId: string }
  /**
   * A search by name or file number: the cases shown, never the search term (it is a name).
   * The row names no single record, so `ressourceId` is null.
   */
  | { aktion: 'suchen'; ressource: 'fall'; ressourceId: null; treffer: string[]; gesamtzahl: number }
  | { aktion: 'exportieren'; ressource: 'rechnung'; ressourceId: string; format: 'pdf' | 'xrechnung' }
  | {
      aktion: 'exportieren';
      ressource: 'auskunft';
      ressourceId: string;
      fallId: string;
      format: 'json' | 'pdf';
    }
  | {
      aktion: 'exportieren';
      ressource: 'datev';
      ressourceId: string;
      monat: string;
      wirtschaftsjahr: string;
      rechnungen: string[];
    }
  | {
      aktion: 'anlegen';
      ressource: 'kinderschutzverfahren';
      ressourceId: string;
      fallId: string;
      inhaltHash: string;
    }
  | {
      aktion: 'anlegen';
      ressource: 'kinderschutzschritt';
      ressourceId: string;
      verfahrenId: string;
      art: string;
      datum: string;
      /** SHA-256 of the step's content: proves years later that the stored step is what was recorded. */
      inhaltHash: string;
    }
  | { aktion: 'lesen'; ressource: 'kinderschutzverfahren' | 'kinderschutzVignette'; ressourceId: string }
  | { aktion: 'lesen'; ressource: 'kinderschutzverfahren'; ressourceId: null; anzahl: number }
  | { aktion: 'anlegen' | 'zurueckziehen' | 'absagen'; ressource: 'anfrage'; ressourceId: string }
  | { aktion: 'zusagen'; ressource: 'anfrage'; ressourceId: string; fallId: string; hilfeId: string }
  | { aktion: 'anlegen' | 'aendern' | 'senden'; ressource: 'bericht'; ressourceId: string; fallId: string }
  | { aktion: 'gelesen' | 'lesen' | 'beantworten'; ressource: 'posteingang'; ressourceId: string }
  /** A provider's notice to the Jugendamt: the content only as SHA-256 (it names the family). */
  | {
      aktion: 'senden';
      ressource: 'posteingang';
      ressourceId: string;
      fallId: string;
      hilfeId: string;
      art: string;
      inhaltHash: string;
    }
  | {
      aktion: 'anlegen' | 'aendern';
      ressource: 'hilfeplanTermin' | 'hilfeplanZiel';
      ressourceId: string;
      hilfeId: string;
      felder: string[];
      werte?: AuditWerte;
    }
  | { aktion: 'loeschen'; ressource: 'hilfeplanZiel'; ressourceId: string; hilfeId: string }
  | { aktion: 'lesen'; ressource: 'beschwerde'; ressourceId: string; anzahl: number }
  | { aktion: 'aendern'; ressource: 'beschwerde'; ressourceId: string; felder: string[]; werte?: AuditWerte }
  | { aktion: 'anlegen'; ressource: 'beschwerde'; ressourceId: string; felder: string[]; werte?: AuditWerte }
  | { aktion: 'anlegen'; ressource: 'mitarbeiter'; ressourceId: string; felder: string[]; werte?: AuditWerte }
  | { aktion: 'anlegen' | 'entfernen'; ressource: 'bereitschaft'; ressourceId: string; mitarbeiterId: string }
  /** The provider's offer changed: which catalogue Leistung it added or took away (ressourceId: the organisation). */
  | {
      aktion: 'hinzufuegen' | 'entfernen';
      ressource: 'leistungsangebot';
      ressourceId: string;
      leistung: string;
    }
  | {
      aktion: 'aendern';
      ressource: 'mitarbeiter';
      ressourceId: string;
      felder: string[];
      werte?: AuditWerte;
      ab?: string;
    }
  /**
   * A refused request on a route of social data (403, or 404 for a record not in reach): who tried what.
   * `route` is the pattern (`/api/faelle/:id`), never the query string (it may hold a search term).
   */
  | {
      aktion: 'verweigern';
      ressource: 'zugriff';
      ressourceId: string | null;
      methode: string;
      route: string;
      status: number;
    }
  /** The Protokoll exported as CSV: how many rows left the system. */
  | { aktion: 'exportieren'; ressource: 'protokoll'; ressourceId: null; zeilen: number }
  /** A failed login of an existing account (unknown e-mails belong to no organisation's log). */
  | {
      aktion: 'anmeldenFehlgeschlagen';
      ressource: 'benutzer';
      ressourceId: string;
      grund: 'passwort' | 'deaktiviert';
    }
  /** Legal hold of a case file: retention stops while it stands. */
  | { aktion: 'anlegen' | 'aufheben'; ressource: 'loeschsperre'; ressourceId: string; fallId: string }
  /** The retention job anonymised a case file: which rule and how many rows, never the content. */
  | {
      aktion: 'anonymisieren';
      ressource: 'aufbewahrung';
      ressourceId: string;
      regel: string;
      faelligAm: string;
      zeilen: Record<string, number>;
    }
  | {
      aktion: 'anlegen';
      ressource: 'vorkommnis';
      ressourceId: string;
      fallId: string;
      art: string;
      /** SHA-256 of the description: no health data in the audit trail. */
      inhaltHash: string;
    }
  /** Reading events (health data): one row per read, naming the case or, for the overview, the count. */
  | { aktion: 'lesen'; ressource: 'vorkommnis'; ressourceId: string | null; fallId?: string; anzahl: number }
  | { aktion: 'exportieren'; ressource: 'vorkommnis'; ressourceId: string; fallId: string }
  | {
      aktion: 'erledigen';
      ressource: 'vorkommnisPflicht';
      ressourceId: string;
      vorkommnisId: string;
      art: string;
      felder: string[];
    }
  | {
      aktion: 'anlegen';
      ressource: 'mitarbeiterSchulung';
      ressourceId: string;
      mitarbeiterId: string;
      felder: string[];
    }
  | { aktion: 'anlegen' | 'entfernen'; ressource: 'abwesenheit'; ressourceId: string; mitarbeiterId: string }
  /** The yearly report's texts saved; sent to a Jugendamt (with the notice it became). */
  | { aktion: 'anlegen' | 'aendern'; ressource: 'jahresbericht'; ressourceId: string }
  | {
      aktion: 'senden';
      ressource: 'jahresbericht';
      ressourceId: string;
      jugendamtId: string;
      posteingangId: string;
    }
  /** A document of the case file uploaded, downloaded or deleted: name, kind and size, never the content. */
  | {
      aktion: 'anlegen' | 'lesen' | 'loeschen';
      ressource: 'dokument';
      ressourceId: string;
      fallId: string;
      art: string;
      groesse: number;
    }
  | {
      aktion: 'anlegen' | 'lesen';
      ressource: 'dokument';
      ressourceId: string;
      organisationsfristId: string;
      groesse: number;
    }
  | {
      aktion: 'anlegen' | 'aendern' | 'deaktivieren';
      ressource: 'eigenePflicht';
      ressourceId: string;
      felder?: string[];
      werte?: AuditWerte;
    }
>;

/**
 * Writes one audit row inside the caller's transaction, so the row exists exactly when the
 * change does. Details carry ids, field names and — for changes — old and new values, masked where
 * `werte.ts` says so (special categories, free text, a client's identity).
 */
export async function schreibeAudit(
  tx: Db,
  k: Pick<Kontext, 'auth' | 'ip'>,
  e: AuditEreignis,
): Promise<void> {
  await tx.insert(audit).values(auditZeile(k, e));
}

/**
 * The audit row of an event, for a statement that writes it together with the change itself
 * (one round trip on a hot path) instead of through `schreibeAudit`.
 */
export function auditZeile(k: Pick<Kontext, 'auth' | 'ip'>, e: AuditEreignis) {
  const { aktion, ressource, ressourceId, ...details } = e;
  return {
    organisationId: k.auth.organisation.id,
    benutzerId: k.auth.benutzer.id,
    aktion,
    ressource,
    ressourceId,
    ip: k.ip,
    details: details as Record<string, unknown>,
  };
}

/**
 * An audit row written without a logged-in user (a failed login, the retention job from the command
 * line): `benutzer_id` stays empty, the organisation is named by the caller. Only the system role may.
 */
export async function schreibeSystemAudit(
  tx: Db,
  organisationId: string,
  ip: string | null,
  e: AuditEreignis,
): Promise<void> {
  const { aktion, ressource, ressourceId, ...details } = e;
  await tx.insert(audit).values({
    organisationId,
    benutzerId: null,
    aktion,
    ressource,
    ressourceId,
    ip,
    details: details as Record<string, unknown>,
  });
}
