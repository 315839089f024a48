/**
 * Old and new values of an audited change. The audit chain cannot forget (a changed row breaks it), so a
 * value that must be forgettable never goes into it: special categories (health, § 8a, complaints), free
 * text and what identifies a client (names, birth dates, a case's title) are recorded as changed, masked.
 * Codes, dates of a Hilfe, numbers, amounts and statuses are stored in clear.
 */

/** What the Protokoll shows for a masked value. */
export const MASKE_ALT = '•••';
export const MASKE_NEU = '••• (geändert)';

export type AuditWert = string | number | boolean | null;
export type AuditWerte = Record<string, { alt: AuditWert; neu: AuditWert }>;

/**
 * Fields masked per resource. A field not listed is stored in clear — so each new free-text or identity
 * column of an audited table belongs here (werte.test.ts names the columns it expects masked).
 */
export const GESCHUETZTE_FELDER: Record<string, readonly string[]> = {
  fall: ['bezeichnung'],
  person: ['vorname', 'nachname', 'geburtsdatum'],
  hilfe: ['endegrund', 'herkunftText', 'ausnahmeBegruendung', 'weiterePerson', 'bewilligung'],
  ereignis: ['notiz'],
  leistungseintrag: ['bemerkung'],
  beschwerde: ['text', 'kontakt', 'ergebnis'],
  bericht: ['inhalt'],
  hilfeplanTermin: ['teilnahme', 'zielpruefung'],
  hilfeplanZiel: ['text'],
  mitarbeiter: ['name'],
  /** Tax and bank data and the contact person of the organisation: kept out of the log as before. */
  rechnungsangaben: ['steuernummer', 'ustId', 'iban', 'bic', 'kontakt'],
};

/** A stored value as text-friendly JSON: dates as ISO, objects as JSON text, undefined as null. */
function alsWert(v: unknown): AuditWert {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/**
 * The fields among `felder` whose value differs between `vorher` and `nachher`, with old and new value;
 * masked for the fields `GESCHUETZTE_FELDER[ressource]` names (and for every field if `allesGeschuetzt`).
 * A field that did not change is left out: the row says what changed, not what was sent.
 */
export function wertAenderungen(
  ressource: string,
  vorher: Record<string, unknown>,
  nachher: Record<string, unknown>,
  felder: readonly string[],
  allesGeschuetzt = false,
): AuditWerte {
  const geschuetzt = new Set(GESCHUETZTE_FELDER[ressource] ?? []);
  const werte: AuditWerte = {};
  for (const feld of felder) {
    const alt = alsWert(vorher[feld]);
    const neu = alsWert(nachher[feld]);
    if (alt === neu) continue;
    werte[feld] =
      allesGeschuetzt || geschuetzt.has(feld)
        ? { alt: alt === null ? null : MASKE_ALT, neu: neu === null ? null : MASKE_NEU }
        : { alt, neu };
  }
  return werte;
}
