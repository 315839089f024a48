import { describe, expect, it } from 'vitest';
import { KonfigurationsFehler, oidcKonfiguration } from './oidc.ts';

const voll = {
  HILFEWERK_OIDC_ISSUER: 'https://login.example.de/realms/jugendhilfe',
  HILFEWERK_OIDC_CLIENT_ID: 'hilfewerk',
  HILFEWERK_OIDC_CLIENT_SECRET: 'geheim',
  HILFEWERK_OIDC_ORGANISATIONEN: 'kiju-wuppertal, Traeger-Bremerhaven',
};

describe('oidcKonfiguration (HILFEWERK_OIDC_*)', () => {
  it('is null without any HILFEWERK_OIDC_ variable (password login only), also when they are empty', () => {
    expect(oidcKonfiguration({ PORT: '8080' })).toBeNull();
    expect(oidcKonfiguration({ HILFEWERK_OIDC_ISSUER: '  ' })).toBeNull();
  });

  it('takes Keycloak defaults: realm and client roles, the hilfewerk_organisation claim, identity role names', () => {
    expect(oidcKonfiguration(voll)).toEqual({
      issuer: 'https://login.example.de/realms/jugendhilfe',
      clientId: 'hilfewerk',
      clientSecret: 'geheim',
      redirectUri: undefined,
      scope: 'openid email profile',
      claimOrganisation: ['hilfewerk_organisation'],
      claimRollen: [
        ['realm_access', 'roles'],
        ['resource_access', 'hilfewerk', 'roles'],
      ],
      rollen: {},
      organisationen: ['kiju-wuppertal', 'traeger-bremerhaven'],
    });
  });

  it('reads claim paths, role mapping, scope and callback address', () => {
    const k = oidcKonfiguration({
      ...voll,
      HILFEWERK_OIDC_REDIRECT_URI: 'http://hilfewerk.lan:8080/api/auth/oidc/rueckruf',
      HILFEWERK_OIDC_SCOPE: 'openid email groups',
      HILFEWERK_OIDC_CLAIM_ORGANISATION: 'groups',
      HILFEWERK_OIDC_CLAIM_ROLLEN: 'resource_access.hilfewerk.roles',
      HILFEWERK_OIDC_ROLLEN: 'hw-leitung=leitung, hw-admin = administration',
    });
    expect(k).toMatchObject({
      redirectUri: 'http://hilfewerk.lan:8080/api/auth/oidc/rueckruf',
      scope: 'openid email groups',
      claimOrganisation: ['groups'],
      claimRollen: [['resource_access', 'hilfewerk', 'roles']],
      rollen: { 'hw-leitung': 'leitung', 'hw-admin': 'administration' },
    });
  });

  it('refuses half a configuration, naming what is missing', () => {
    expect(() => oidcKonfiguration({ HILFEWERK_OIDC_ISSUER: voll.HILFEWERK_OIDC_ISSUER })).toThrow(
      'Single Sign-on ist nur halb eingerichtet: es fehlt HILFEWERK_OIDC_CLIENT_ID, HILFEWERK_OIDC_CLIENT_SECRET, HILFEWERK_OIDC_ORGANISATIONEN.',
    );
    expect(() => oidcKonfiguration({ ...voll, HILFEWERK_OIDC_ORGANISATIONEN: '' })).toThrow(/ORGANISATIONEN/);
  });

  it('refuses an issuer without https (http only on the own machine) and addresses that are none', () => {
    expect(() =>
      oidcKonfiguration({ ...voll, HILFEWERK_OIDC_ISSUER: 'http://login.example.de/realms/x' }),
    ).toThrow(/muss mit https:\/\/ beginnen/);
    expect(
      oidcKonfiguration({ ...voll, HILFEWERK_OIDC_ISSUER: 'http://127.0.0.1:8081/realms/x' })?.issuer,
    ).toBe('http://127.0.0.1:8081/realms/x');
    expect(() => oidcKonfiguration({ ...voll, HILFEWERK_OIDC_ISSUER: 'login.example.de' })).toThrow(
      /keine vollständige Adresse/,
    );
    expect(() =>
      oidcKonfiguration({ ...voll, HILFEWERK_OIDC_REDIRECT_URI: '/api/auth/oidc/rueckruf' }),
    ).toThrow(KonfigurationsFehler);
  });

  it('refuses a role mapping to no Hilfewerk role, and organisation names that are no short names', () => {
    expect(() => oidcKonfiguration({ ...voll, HILFEWERK_OIDC_ROLLEN: 'hw-chef=chef' })).toThrow(
      /„hw-chef=chef“ ist keine Zuordnung.*Hilfewerk-Rollen: administration, leitung/,
    );
    expect(() => oidcKonfiguration({ ...voll, HILFEWERK_OIDC_ROLLEN: 'leitung' })).toThrow(
      KonfigurationsFehler,
    );
    expect(() => oidcKonfiguration({ ...voll, HILFEWERK_OIDC_ORGANISATIONEN: 'KIJU Wuppertal' })).toThrow(
      /„kiju wuppertal“ ist keine Kennung/,
    );
  });
});
