/**
 * German words for the API's codes. The maps live in @hilfewerk/api, each checked against its enum, so a
 * code the server adds cannot reach a screen without a label.
 */
import {
  AUDIT_AKTIONEN_TEXT,
  AUDIT_RESSOURCEN_TEXT,
  EREIGNIS_ARTEN_TEXT,
  FALL_STATUS_TEXT,
  PERSON_ROLLEN_TEXT,
  ROLLEN_TEXT,
} from '@hilfewerk/api';

export const personenRollen = PERSON_ROLLEN_TEXT;
export const ereignisArten = EREIGNIS_ARTEN_TEXT;
export const fallStatus = FALL_STATUS_TEXT;
export const auditAktionen = AUDIT_AKTIONEN_TEXT;
export const auditRessourcen = AUDIT_RESSOURCEN_TEXT;

/** A code the labels do not know (an old audit row) is shown as it is rather than hidden. */
export function beschriftung(texte: Record<string, string>, code: string): string {
  return Object.hasOwn(texte, code) ? texte[code] : code;
}

export function benutzerRolle(rolle: string): string {
  return beschriftung(ROLLEN_TEXT, rolle);
}

/** Turns a map of codes into options for Mantine selects. */
export function alsOptionen<T extends string>(
  beschriftungen: Record<T, string>,
): { value: T; label: string }[] {
  return (Object.entries(beschriftungen) as [T, string][]).map(([value, label]) => ({ value, label }));
}
