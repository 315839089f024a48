import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** Name of the cookie that carries one sign-on attempt from /start to /rueckruf. */
export const SSO_COOKIE = 'hw_sso';
/** An attempt older than this is refused: the user took too long at the provider, or it is replayed. */
export const SSO_VORGANG_MINUTEN = 10;

/** What the callback must know of its start: the checks of state, nonce and PKCE. */
export interface SsoVorgang {
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  /** Expiry, ms since the epoch. */
  bis: number;
}

/**
 * Encrypted and authenticated (AES-256-GCM) with a key derived from the client secret: every instance
 * of Hilfewerk shares it, so the attempt needs no table and survives a restart, and the browser can
 * neither read the PKCE verifier nor change the state it must match.
 */
function schluessel(clientSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', clientSecret, '', 'hilfewerk-oidc-vorgang', 32));
}

export function versiegle(vorgang: SsoVorgang, clientSecret: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', schluessel(clientSecret), iv);
  const inhalt = Buffer.concat([c.update(JSON.stringify(vorgang), 'utf8'), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), inhalt]).toString('base64url');
}

/** The attempt of a cookie, or null when it is missing, altered, of another key or expired. */
export function oeffne(wert: string | undefined, clientSecret: string): SsoVorgang | null {
  if (!wert) return null;
  try {
    const roh = Buffer.from(wert, 'base64url');
    const d = createDecipheriv('aes-256-gcm', schluessel(clientSecret), roh.subarray(0, 12));
    d.setAuthTag(roh.subarray(12, 28));
    const v = JSON.parse(
      Buffer.concat([d.update(roh.subarray(28)), d.final()]).toString('utf8'),
    ) as SsoVorgang;
    return typeof v.bis === 'number' && v.bis > Date.now() ? v : null;
  } catch {
    return null;
  }
}
