import { ROLLEN, type Rolle } from '@hilfewerk/api';
import { KonfigurationsFehler } from './vertrauenswuerdige-proxys.ts';

export { KonfigurationsFehler };

/** Single sign-on over OpenID Connect, from the HILFEWERK_OIDC_* variables (docs/adr/0007-oidc.md). */
export interface OidcKonfiguration {
  /** The identity provider's issuer, e.g. https://login.example.de/realms/jugendhilfe (Keycloak: the realm). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back; absent: derived from the request (…/api/auth/oidc/rueckruf). */
  redirectUri?: string;
  scope: string;
  /** Claim path naming the organisation (its Hilfewerk short name, `kennung`), or a group path ending in it. */
  claimOrganisation: string[];
  /** Claim paths whose string lists hold the person's roles at the provider. */
  claimRollen: string[][];
  /** Provider role name → Hilfewerk role. Empty: the provider's role names are Hilfewerk's codes. */
  rollen: Record<string, Rolle>;
  /** Short names (`kennung`) of the organisations that sign in through this provider. */
  organisationen: string[];
}

type Umgebung = Record<string, string | undefined>;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const pfad = (wert: string) => wert.split('.').filter(Boolean);

/**
 * Reads the OIDC settings. Null when no HILFEWERK_OIDC_* variable is set (password login only); a
 * half or wrong configuration is a KonfigurationsFehler with a German message, so `hilfewerk serve`
 * refuses to start rather than offer a login that cannot work.
 */
export function oidcKonfiguration(env: Umgebung): OidcKonfiguration | null {
  const gesetzt = Object.keys(env).filter((k) => k.startsWith('HILFEWERK_OIDC_') && env[k]?.trim());
  if (gesetzt.length === 0) return null;
  const wert = (name: string) => env[`HILFEWERK_OIDC_${name}`]?.trim() || undefined;

  const fehlend = ['ISSUER', 'CLIENT_ID', 'CLIENT_SECRET', 'ORGANISATIONEN'].filter((n) => !wert(n));
  if (fehlend.length > 0) {
    throw new KonfigurationsFehler(
      `Single Sign-on ist nur halb eingerichtet: es fehlt ${fehlend.map((n) => `HILFEWERK_OIDC_${n}`).join(', ')}. ` +
        'Entweder alle Pflichtangaben setzen (siehe README, Abschnitt „Single Sign-on“) oder alle HILFEWERK_OIDC_-Variablen entfernen.',
    );
  }
  const issuer = wert('ISSUER') as string;
  pruefeAdresse('HILFEWERK_OIDC_ISSUER', issuer);
  const redirectUri = wert('REDIRECT_URI');
  // The browser carries the code back: a plain-HTTP LAN install (see HOST) may use http:// here.
  if (redirectUri) pruefeAdresse('HILFEWERK_OIDC_REDIRECT_URI', redirectUri, false);
  const clientId = wert('CLIENT_ID') as string;

  const rollen: Record<string, Rolle> = {};
  for (const eintrag of (wert('ROLLEN') ?? '').split(',').filter((e) => e.trim())) {
    const [extern, intern, ...rest] = eintrag.split('=').map((t) => t.trim());
    if (!extern || !intern || rest.length > 0 || !(ROLLEN as readonly string[]).includes(intern)) {
      throw new KonfigurationsFehler(
        `HILFEWERK_OIDC_ROLLEN: „${eintrag.trim()}“ ist keine Zuordnung „Rolle beim Anmeldedienst=Hilfewerk-Rolle“. ` +
          `Hilfewerk-Rollen: ${ROLLEN.join(', ')}. Beispiel: HILFEWERK_OIDC_ROLLEN=hw-leitung=leitung,hw-admin=administration`,
      );
    }
    rollen[extern] = intern as Rolle;
  }

  const organisationen = (wert('ORGANISATIONEN') as string)
    .split(',')
    .map((o) => o.trim().toLowerCase())
    .filter(Boolean);
  const falsch = organisationen.find((o) => !/^[a-z0-9][a-z0-9-]*$/.test(o));
  if (falsch || organisationen.length === 0) {
    throw new KonfigurationsFehler(
      `HILFEWERK_OIDC_ORGANISATIONEN: „${falsch ?? ''}“ ist keine Kennung einer Organisation. Erwartet wird eine ` +
        'Kommaliste der Kennungen (Kleinbuchstaben, Ziffern, Bindestriche), z. B. kiju-wuppertal,traeger-bremerhaven.',
    );
  }

  return {
    issuer,
    clientId,
    clientSecret: wert('CLIENT_SECRET') as string,
    redirectUri,
    scope: wert('SCOPE') ?? 'openid email profile',
    claimOrganisation: pfad(wert('CLAIM_ORGANISATION') ?? 'hilfewerk_organisation'),
    // Keycloak puts realm roles and the client's own roles in these two places; a dot in a client id
    // would split the configured text, so the default for the client's roles is built as a path, not text.
    claimRollen: wert('CLAIM_ROLLEN')
      ? (wert('CLAIM_ROLLEN') as string).split(',').map(pfad)
      : [
          ['realm_access', 'roles'],
          ['resource_access', clientId, 'roles'],
        ],
    rollen,
    organisationen,
  };
}

function pruefeAdresse(variable: string, wert: string, nurHttps = true): void {
  let url: URL;
  try {
    url = new URL(wert);
  } catch {
    throw new KonfigurationsFehler(`${variable}: „${wert}“ ist keine vollständige Adresse (https://…).`);
  }
  // Tokens travel over the issuer's connection: plain HTTP only to the own machine (development, tests).
  const http = url.protocol === 'http:' && (!nurHttps || LOOPBACK.has(url.hostname));
  if (url.protocol !== 'https:' && !http) {
    throw new KonfigurationsFehler(
      `${variable}: „${wert}“ muss mit https:// beginnen (http:// nur für localhost/127.0.0.1).`,
    );
  }
}
