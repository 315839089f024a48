import { describe, expect, it } from 'vitest';
import type { OidcKonfiguration } from '../../../konfiguration/oidc.ts';
import { leseSsoClaims } from './sso-claims.ts';

const konf: OidcKonfiguration = {
  issuer: 'https://login.example.de/realms/jugendhilfe',
  clientId: 'hilfewerk',
  clientSecret: 'geheim',
  scope: 'openid email',
  claimOrganisation: ['hilfewerk_organisation'],
  claimRollen: [
    ['realm_access', 'roles'],
    ['resource_access', 'hilfewerk', 'roles'],
  ],
  rollen: {},
  organisationen: ['kiju-wuppertal', 'traeger-bremerhaven'],
};

describe('leseSsoClaims', () => {
  it('reads e-mail (lower-case), its verification, organisation and roles of a Keycloak token', () => {
    expect(
      leseSsoClaims(
        {
          email: ' Leitung@KIJU.demo',
          email_verified: true,
          hilfewerk_organisation: 'KIJU-Wuppertal',
          realm_access: { roles: ['offline_access', 'leitung', 'default-roles-jugendhilfe'] },
          resource_access: { hilfewerk: { roles: ['leitung'] }, account: { roles: ['manage-account'] } },
        },
        konf,
      ),
    ).toEqual({
      email: 'leitung@kiju.demo',
      emailBestaetigt: true,
      organisationen: ['kiju-wuppertal'],
      rollen: ['leitung'],
    });
  });

  it('takes the last segment of group paths and keeps only configured organisations', () => {
    const id = leseSsoClaims(
      { groups: ['/hilfewerk/traeger-bremerhaven', '/andere/muki-berlin', 'kiju-wuppertal'] },
      { ...konf, claimOrganisation: ['groups'] },
    );
    expect(id.organisationen).toEqual(['traeger-bremerhaven', 'kiju-wuppertal']);
  });

  it('maps provider roles when a mapping is set, ignores unmapped ones and inherited object keys', () => {
    const mit = { ...konf, rollen: { 'hw-leitung': 'leitung' as const, 'hw-fk': 'fachkraft' as const } };
    expect(
      leseSsoClaims({ realm_access: { roles: ['hw-leitung', 'leitung', 'constructor'] } }, mit).rollen,
    ).toEqual(['leitung']);
    expect(leseSsoClaims({ realm_access: { roles: ['hw-leitung', 'hw-fk'] } }, mit).rollen).toEqual([
      'leitung',
      'fachkraft',
    ]);
  });

  it('treats missing, malformed or unverified claims as absent, not as errors', () => {
    expect(
      leseSsoClaims(
        { email: 42, email_verified: 'true', realm_access: 'leitung', hilfewerk_organisation: {} },
        konf,
      ),
    ).toEqual({ email: null, emailBestaetigt: false, organisationen: [], rollen: [] });
  });
});
