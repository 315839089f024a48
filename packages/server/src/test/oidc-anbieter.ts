import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** The client Hilfewerk is registered as at the test provider (a Keycloak-style confidential client). */
export const TEST_CLIENT = {
  clientId: 'hilfewerk',
  clientSecret: 'test-geheimnis-des-clients-mit-genug-laenge',
  redirectUri: 'http://127.0.0.1:8080/api/auth/oidc/rueckruf',
};

export interface OidcTestAnbieter {
  issuer: string;
  /** Claims per login name, read when a token is issued (Keycloak's mappers put them into the ID token). */
  konten: Map<string, Record<string, unknown>>;
  /**
   * Drives the provider as a browser would, from Hilfewerk's redirect to the provider up to the redirect
   * back: the login and consent forms of the provider's own (development) interactions. Returns the
   * address the provider sends the browser to, i.e. Hilfewerk's callback with code and state.
   */
  durchlaufe(autorisierung: string, login: string): Promise<URL>;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (the npm package oidc-provider) in this process on a free port: PKCE
 * required for every client, ID tokens signed with its own keys, codes usable once.
 */
export async function starteOidcAnbieter(): Promise<OidcTestAnbieter> {
  const server = createServer();
  await new Promise<void>((fertig) => server.listen(0, '127.0.0.1', fertig));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const konten = new Map<string, Record<string, unknown>>();
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.clientId,
        client_secret: TEST_CLIENT.clientSecret,
        redirect_uris: [TEST_CLIENT.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    // Like Keycloak's protocol mappers with "add to ID token": the claims travel in the ID token.
    conformIdTokenClaims: false,
    claims: {
      openid: ['sub', 'hilfewerk_organisation', 'realm_access', 'resource_access', 'groups'],
      email: ['email', 'email_verified'],
    },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: async () => ({ sub: id, ...(konten.get(id) ?? {}) }),
    }),
    cookies: { keys: ['test-schluessel-der-cookies'] },
    features: { devInteractions: { enabled: true } },
  });
  server.on('request', provider.callback());

  async function durchlaufe(autorisierung: string, login: string): Promise<URL> {
    const glas = new Map<string, string>();
    const kopf = () => ({ cookie: [...glas].map(([n, w]) => `${n}=${w}`).join('; ') });
    const merke = (res: Response) => {
      for (const c of res.headers.getSetCookie()) {
        const [paar] = c.split(';');
        const i = paar.indexOf('=');
        glas.set(paar.slice(0, i), paar.slice(i + 1));
      }
    };
    let adresse = new URL(autorisierung);
    for (let schritt = 0; schritt < 12; schritt++) {
      if (adresse.origin !== issuer) return adresse;
      let res = await fetch(adresse, { redirect: 'manual', headers: kopf() });
      merke(res);
      const interaktion = /^\/interaction\/[^/]+$/.test(adresse.pathname);
      if (interaktion && res.status === 200) {
        const prompt = /name="prompt" value="(\w+)"/.exec(await res.text())?.[1];
        const body = new URLSearchParams({ prompt: prompt ?? '', login, password: 'egal' });
        res = await fetch(adresse, {
          method: 'POST',
          redirect: 'manual',
          headers: { ...kopf(), 'content-type': 'application/x-www-form-urlencoded' },
          body,
        });
        merke(res);
      }
      const weiter = res.headers.get('location');
      if (!weiter)
        throw new Error(`Anbieter antwortet ${res.status} ohne Weiterleitung: ${await res.text()}`);
      adresse = new URL(weiter, adresse);
    }
    throw new Error('Zu viele Weiterleitungen beim Anbieter');
  }

  return {
    issuer,
    konten,
    durchlaufe,
    close: () =>
      new Promise<void>((fertig) => {
        server.closeAllConnections();
        server.close(() => fertig());
      }),
  };
}
