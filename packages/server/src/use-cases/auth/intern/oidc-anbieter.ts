import * as client from 'openid-client';
import type { OidcKonfiguration } from '../../../konfiguration/oidc.ts';
import { SsoAbgewiesen } from './sso-abgewiesen.ts';

const entdeckt = new WeakMap<OidcKonfiguration, Promise<client.Configuration>>();

/**
 * The provider's metadata and keys, discovered on first use and kept: Hilfewerk starts even while the
 * provider is down, and a failed discovery is tried again on the next sign-on. The library checks that
 * the discovered issuer is exactly the configured one.
 */
export function oidcAnbieter(konf: OidcKonfiguration): Promise<client.Configuration> {
  let anbieter = entdeckt.get(konf);
  if (!anbieter) {
    const issuer = new URL(konf.issuer);
    anbieter = client
      .discovery(
        issuer,
        konf.clientId,
        undefined,
        // client_secret_basic: the default of OpenID Connect, and what a Keycloak confidential client accepts.
        client.ClientSecretBasic(konf.clientSecret),
        // http:// is allowed by the configuration for loopback addresses only (development, tests).
        { execute: issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [], timeout: 10 },
      )
      .catch((fehler: unknown) => {
        entdeckt.delete(konf);
        throw new SsoAbgewiesen(
          503,
          'Der Anmeldedienst ist nicht erreichbar oder passt nicht zur Einrichtung von Hilfewerk. Bitte versuchen Sie es später erneut oder melden Sie sich mit Passwort an.',
          `discovery: ${(fehler as { code?: string }).code ?? (fehler as Error).name}`,
        );
      });
    entdeckt.set(konf, anbieter);
  }
  return anbieter;
}
