import * as client from 'openid-client';
import type { OidcKonfiguration } from '../../konfiguration/oidc.ts';
import { oidcAnbieter } from './intern/oidc-anbieter.ts';
import { SSO_VORGANG_MINUTEN, versiegle } from './intern/sso-vorgang.ts';

/**
 * Begins a single sign-on: the provider's authorisation address with state, nonce and a PKCE S256
 * challenge, and the sealed attempt for the cookie. Without requireAccess: nobody is signed in yet.
 */
export async function starteSso(
  konf: OidcKonfiguration,
  redirectUri: string,
): Promise<{ adresse: string; vorgang: string }> {
  const anbieter = await oidcAnbieter(konf);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const adresse = client.buildAuthorizationUrl(anbieter, {
    redirect_uri: redirectUri,
    scope: konf.scope,
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  const bis = Date.now() + SSO_VORGANG_MINUTEN * 60_000;
  return {
    adresse: adresse.href,
    vorgang: versiegle({ state, nonce, codeVerifier, redirectUri, bis }, konf.clientSecret),
  };
}
