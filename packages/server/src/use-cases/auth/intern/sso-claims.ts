import { ROLLEN, type Rolle } from '@hilfewerk/api';
import type { OidcKonfiguration } from '../../../konfiguration/oidc.ts';

/** What Hilfewerk reads from a validated ID token. */
export interface SsoIdentitaet {
  email: string | null;
  emailBestaetigt: boolean;
  /** Organisation short names the token names, lower-case, within the configured list. */
  organisationen: string[];
  /** Hilfewerk roles the provider's roles map to, without repeats. */
  rollen: Rolle[];
}

function beiPfad(claims: Record<string, unknown>, pfad: string[]): unknown {
  let wert: unknown = claims;
  for (const teil of pfad) {
    if (typeof wert !== 'object' || wert === null) return undefined;
    wert = (wert as Record<string, unknown>)[teil];
  }
  return wert;
}

const texte = (wert: unknown): string[] =>
  (Array.isArray(wert) ? wert : [wert]).filter((w): w is string => typeof w === 'string');

/**
 * Maps the claims of a validated ID token to organisation and role. An organisation value may be the
 * short name itself or a Keycloak group path ("/traeger/kiju-wuppertal"): its last segment counts.
 * Provider roles without a mapping are ignored — Keycloak adds its own (offline_access, default-roles-…).
 */
export function leseSsoClaims(claims: Record<string, unknown>, konf: OidcKonfiguration): SsoIdentitaet {
  const organisationen = texte(beiPfad(claims, konf.claimOrganisation))
    .map((o) => (o.split('/').filter(Boolean).pop() ?? '').trim().toLowerCase())
    .filter((o) => konf.organisationen.includes(o));
  const zuordnung = Object.keys(konf.rollen).length > 0;
  const rollen = konf.claimRollen
    .flatMap((p) => texte(beiPfad(claims, p)))
    .map((r) =>
      zuordnung
        ? Object.hasOwn(konf.rollen, r)
          ? konf.rollen[r]
          : undefined
        : (ROLLEN as readonly string[]).includes(r)
          ? (r as Rolle)
          : undefined,
    )
    .filter((r): r is Rolle => r !== undefined);
  return {
    email: typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null,
    emailBestaetigt: claims.email_verified === true,
    organisationen: [...new Set(organisationen)],
    rollen: [...new Set(rollen)],
  };
}
