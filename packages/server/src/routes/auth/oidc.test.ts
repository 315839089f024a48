import { audit, benutzer, sitzung } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OidcKonfiguration } from '../../konfiguration/oidc.ts';
import { type OidcTestAnbieter, starteOidcAnbieter, TEST_CLIENT } from '../../test/oidc-anbieter.ts';
import { type TestApp, testApp } from '../../test/test-app.ts';

/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider) started in this process: the
 * whole flow over HTTP — Hilfewerk's start, the provider's login and consent, the callback — and then
 * a Hilfewerk session that reaches /api/auth/me.
 */
let anbieter: OidcTestAnbieter;
let t: TestApp;
let konf: OidcKonfiguration;

beforeAll(async () => {
  anbieter = await starteOidcAnbieter();
  konf = {
    issuer: anbieter.issuer,
    clientId: TEST_CLIENT.clientId,
    clientSecret: TEST_CLIENT.clientSecret,
    redirectUri: TEST_CLIENT.redirectUri,
    scope: 'openid email',
    claimOrganisation: ['hilfewerk_organisation'],
    claimRollen: [
      ['realm_access', 'roles'],
      ['resource_access', TEST_CLIENT.clientId, 'roles'],
    ],
    rollen: {
      'hw-fachkraft': 'fachkraft',
      'hw-leitung': 'leitung',
      'hw-admin': 'administration',
      'hw-asd': 'asd',
    },
    organisationen: ['kiju-wuppertal', 'traeger-bremerhaven'],
  };
  t = await testApp({ oidc: konf });
});
afterAll(async () => {
  await t?.close();
  await anbieter?.close();
});

/** A person at the provider, Keycloak-style: organisation attribute, realm roles with Keycloak's own. */
function konto(login: string, claims: Record<string, unknown>): string {
  anbieter.konten.set(login, {
    email: login,
    email_verified: true,
    hilfewerk_organisation: 'kiju-wuppertal',
    realm_access: { roles: ['offline_access', 'uma_authorization', 'default-roles-jugendhilfe'] },
    ...claims,
  });
  return login;
}

const cookieWert = (res: LightMyRequestResponse, name: string) => res.cookies.find((c) => c.name === name);

async function starte(app = t.app) {
  const res = await app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
  expect(res.statusCode, res.body).toBe(302);
  const vorgang = cookieWert(res, 'hw_sso');
  expect(vorgang?.value).toBeTruthy();
  return { autorisierung: res.headers.location as string, vorgang: `hw_sso=${vorgang?.value}`, res };
}

const rueckruf = (adresse: URL, cookie?: string, app = t.app) =>
  app.inject({
    method: 'GET',
    url: `${adresse.pathname}${adresse.search}`,
    headers: cookie ? { cookie } : {},
  });

/** Start → provider → callback; the callback's answer. */
async function anmelden(login: string) {
  const { autorisierung, vorgang } = await starte();
  const zurueck = await anbieter.durchlaufe(autorisierung, login);
  return { res: await rueckruf(zurueck, vorgang), zurueck, vorgang };
}

async function ich(res: LightMyRequestResponse) {
  const token = cookieWert(res, 'hw_sitzung')?.value;
  return t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `hw_sitzung=${token}` } });
}

const konto_ = (email: string) =>
  t.db.withSystemTx(async (tx) => (await tx.select().from(benutzer).where(eq(benutzer.email, email)))[0]);

const auditZeilen = (aktion: string, benutzerId: string) =>
  t.db.withSystemTx((tx) =>
    tx
      .select()
      .from(audit)
      .where(and(eq(audit.aktion, aktion), eq(audit.benutzerId, benutzerId))),
  );

function erwarteAblehnung(res: LightMyRequestResponse, status: number, text: RegExp) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^text\/html/);
  expect(res.body).toContain('Anmeldung mit Single Sign-on nicht möglich');
  expect(res.body).toMatch(text);
  expect(res.body).toContain('href="/anmelden"');
  expect(cookieWert(res, 'hw_sitzung')).toBeUndefined();
}

describe('Single Sign-on (OpenID Connect)', () => {
  it('GET /api/auth/oidc tells the login page that SSO is offered', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/oidc' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ aktiv: true });
  });

  it('start redirects to the provider with state, nonce and a PKCE S256 challenge; the attempt sits in a sealed cookie', async () => {
    const { autorisierung, res } = await starte();
    const url = new URL(autorisierung);
    expect(url.origin).toBe(anbieter.issuer);
    expect(url.searchParams.get('client_id')).toBe('hilfewerk');
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('redirect_uri')).toBe(TEST_CLIENT.redirectUri);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    const c = cookieWert(res, 'hw_sso');
    expect(c).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
      path: '/api/auth/oidc/rueckruf',
      maxAge: 600,
    });
    // Sealed: neither the state nor the verifier can be read from it.
    expect(c?.value).not.toContain(url.searchParams.get('state'));
  });

  it('signs an existing, active account in: a Hilfewerk session that reaches /api/auth/me, with an audit row', async () => {
    const login = konto('fachkraft@kiju.demo', {
      realm_access: { roles: ['offline_access', 'hw-fachkraft'] },
    });
    const { res } = await anmelden(login);
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe('/');
    expect(cookieWert(res, 'hw_sitzung')).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await ich(res);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      benutzer: { email: 'fachkraft@kiju.demo', rolle: 'fachkraft' },
      organisation: { name: 'KIJU Wuppertal' },
      passwortAendern: false,
    });
    const b = await konto_('fachkraft@kiju.demo');
    const zeilen = await auditZeilen('ssoAnmelden', b.id);
    expect(zeilen).toHaveLength(1);
    expect(zeilen[0].ressource).toBe('sitzung');
    expect(zeilen[0].ressourceId).toMatch(/^[0-9a-f-]{36}$/);
    // The session works for more than reading: a write with its CSRF token.
    const csrf = me.json().csrfToken;
    const token = cookieWert(res, 'hw_sitzung')?.value;
    const aus = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: `hw_sitzung=${token}`, 'x-csrf-token': csrf },
    });
    expect(aus.statusCode).toBe(204);
  });

  it('refuses a callback whose state was changed (400 page, no session)', async () => {
    const login = konto('leitung@kiju.demo', { realm_access: { roles: ['hw-leitung'] } });
    const { autorisierung, vorgang } = await starte();
    const zurueck = await anbieter.durchlaufe(autorisierung, login);
    zurueck.searchParams.set('state', 'fremder-state-eines-angreifers');
    erwarteAblehnung(await rueckruf(zurueck, vorgang), 400, /Bitte beginnen Sie sie erneut/);
  });

  it('refuses a callback without the attempt cookie, or with an altered one', async () => {
    const login = konto('leitung@kiju.demo', { realm_access: { roles: ['hw-leitung'] } });
    const { autorisierung, vorgang } = await starte();
    const zurueck = await anbieter.durchlaufe(autorisierung, login);
    erwarteAblehnung(await rueckruf(zurueck), 400, /abgelaufen/);
    const veraendert = `${vorgang.slice(0, -2)}${vorgang.endsWith('AA') ? 'BB' : 'AA'}`;
    erwarteAblehnung(await rueckruf(zurueck, veraendert), 400, /abgelaufen/);
    // The attempt from another start (another browser tab) does not fit this answer either.
    const anderer = await starte();
    erwarteAblehnung(await rueckruf(zurueck, anderer.vorgang), 400, /erneut/);
  });

  it('refuses a replayed code: the second use of the same callback opens no session', async () => {
    const login = konto('leitung@kiju.demo', { realm_access: { roles: ['hw-leitung'] } });
    const { res, zurueck, vorgang } = await anmelden(login);
    expect(res.statusCode, res.body).toBe(302);
    erwarteAblehnung(await rueckruf(zurueck, vorgang), 400, /schon verwendet/);
  });

  it('the provider requires PKCE: an authorisation request without code_challenge comes back as an error, which Hilfewerk refuses', async () => {
    const login = konto('leitung@kiju.demo', { realm_access: { roles: ['hw-leitung'] } });
    const { autorisierung, vorgang } = await starte();
    const ohne = new URL(autorisierung);
    ohne.searchParams.delete('code_challenge');
    ohne.searchParams.delete('code_challenge_method');
    const zurueck = await anbieter.durchlaufe(ohne.href, login);
    expect(zurueck.searchParams.get('error')).toBe('invalid_request');
    expect(zurueck.searchParams.get('error_description')).toMatch(/PKCE/);
    expect(zurueck.searchParams.get('code')).toBeNull();
    erwarteAblehnung(await rueckruf(zurueck, vorgang), 403, /nicht bestätigt/);
  });

  it('refuses an organisation claim that names no SSO organisation (unknown, or not in the list) — German page, no 500', async () => {
    for (const org of ['unbekannter-traeger', 'muki-berlin', '']) {
      const login = konto('fachkraft@mukiberlin.demo', {
        hilfewerk_organisation: org,
        realm_access: { roles: ['hw-fachkraft'] },
      });
      const { res } = await anmelden(login);
      erwarteAblehnung(res, 403, /keine Organisation genannt/);
    }
  });

  it('reads the organisation from a Keycloak group path as well', async () => {
    const anders = await testApp({ oidc: { ...konf, claimOrganisation: ['groups'] } });
    try {
      anbieter.konten.set('leitung@traeger-bremerhaven.demo', {
        email: 'leitung@traeger-bremerhaven.demo',
        email_verified: true,
        groups: ['/hilfewerk/traeger-bremerhaven'],
        resource_access: { hilfewerk: { roles: ['hw-leitung'] } },
      });
      const { autorisierung, vorgang } = await starte(anders.app);
      const zurueck = await anbieter.durchlaufe(autorisierung, 'leitung@traeger-bremerhaven.demo');
      const res = await rueckruf(zurueck, vorgang, anders.app);
      expect(res.statusCode, res.body).toBe(302);
    } finally {
      await anders.close();
    }
  });

  it('maps the provider role (client roles) and updates a different stored role, with an audit row', async () => {
    const vorher = await konto_('verwaltung@kiju.demo');
    expect(vorher.rolle).toBe('verwaltung');
    const login = konto('verwaltung@kiju.demo', {
      resource_access: { hilfewerk: { roles: ['hw-leitung'] } },
    });
    const { res } = await anmelden(login);
    expect(res.statusCode, res.body).toBe(302);
    expect((await ich(res)).json().benutzer.rolle).toBe('leitung');
    expect((await konto_('verwaltung@kiju.demo')).rolle).toBe('leitung');
    const [zeile] = await auditZeilen('aendern', vorher.id);
    expect(zeile).toMatchObject({
      ressource: 'benutzer',
      ressourceId: vorher.id,
      details: { felder: ['rolle'], rolle: { alt: 'verwaltung', neu: 'leitung' }, quelle: 'sso' },
    });
  });

  it('refuses missing, several and unfitting roles, each with its reason in the organisation log', async () => {
    const b = await konto_('semiprofessionell@kiju.demo');
    const faelle: [string[], RegExp, string][] = [
      [['offline_access'], /keine Hilfewerk-Rolle/, 'rolle-fehlt'],
      [['hw-leitung', 'hw-fachkraft'], /mehrere Hilfewerk-Rollen/, 'rolle-mehrdeutig'],
      [['hw-asd'], /in Ihrer Art von Organisation nicht/, 'rolle-unpassend'],
    ];
    for (const [rollen, text, grund] of faelle) {
      const login = konto('semiprofessionell@kiju.demo', { realm_access: { roles: rollen } });
      erwarteAblehnung((await anmelden(login)).res, 403, text);
      const zeilen = await auditZeilen('ssoAbgewiesen', b.id);
      expect(zeilen.map((z) => (z.details as { grund: string }).grund)).toContain(grund);
    }
    expect((await konto_('semiprofessionell@kiju.demo')).rolle).toBe('semiprofessionell');
  });

  it('refuses a deactivated account, and an e-mail of another organisation', async () => {
    const admin = await t.als('admin@kiju.demo');
    const b = await konto_('iefk@kiju.demo');
    expect((await admin.patch(`/api/benutzer/${b.id}`, { aktiv: false })).statusCode).toBe(200);
    const login = konto('iefk@kiju.demo', { realm_access: { roles: ['hw-fachkraft'] } });
    erwarteAblehnung((await anmelden(login)).res, 403, /deaktiviert/);
    expect((await auditZeilen('ssoAbgewiesen', b.id)).map((z) => z.details)).toEqual([
      { grund: 'konto-deaktiviert' },
    ]);

    // An account of Träger Bremerhaven, claimed for KIJU: the e-mail is matched within the organisation only.
    const fremd = konto('fachkraft@traeger-bremerhaven.demo', { realm_access: { roles: ['hw-fachkraft'] } });
    erwarteAblehnung((await anmelden(fremd)).res, 403, /kein Hilfewerk-Konto/);
  });

  it('refuses an e-mail the provider does not call verified', async () => {
    const login = konto('leitung@kiju.demo', {
      email_verified: false,
      realm_access: { roles: ['hw-leitung'] },
    });
    erwarteAblehnung((await anmelden(login)).res, 403, /nicht als bestätigt/);
  });

  it('a pending one-time password does not block an SSO session; it is replaced by one nobody knows', async () => {
    const admin = await t.als('admin@kiju.demo');
    const neu = await admin.post('/api/benutzer', {
      email: 'sso-neu@kiju.demo',
      name: 'Neu SSO',
      rolle: 'fachkraft',
    });
    expect(neu.statusCode, neu.body).toBe(201);
    const { einmalpasswort } = neu.json();
    const login = konto('sso-neu@kiju.demo', { realm_access: { roles: ['hw-fachkraft'] } });
    const { res } = await anmelden(login);
    expect(res.statusCode, res.body).toBe(302);
    const me = await ich(res);
    expect(me.json().passwortAendern).toBe(false);
    const fall = await t.app.inject({
      method: 'GET',
      url: '/api/faelle',
      headers: { cookie: `hw_sitzung=${cookieWert(res, 'hw_sitzung')?.value}` },
    });
    expect(fall.statusCode).toBe(200);
    const mitPasswort = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'sso-neu@kiju.demo', passwort: einmalpasswort },
    });
    expect(mitPasswort.statusCode).toBe(401);
    const [zeile] = await auditZeilen('ssoAnmelden', neu.json().id);
    expect(zeile.details).toEqual({ einmalpasswortVerworfen: true });
  });

  it('refuses an answer that names another issuer (RFC 9207 iss), and opens no session', async () => {
    const zweiter = await starteOidcAnbieter();
    try {
      const login = 'leitung@kiju.demo';
      zweiter.konten.set(login, {
        email: login,
        email_verified: true,
        hilfewerk_organisation: 'kiju-wuppertal',
        realm_access: { roles: ['hw-leitung'] },
      });
      // Hilfewerk's own request, sent to the other provider, which knows the same client.
      const { autorisierung, vorgang } = await starte();
      const umgelenkt = new URL(autorisierung);
      const ziel = new URL(zweiter.issuer);
      umgelenkt.host = ziel.host;
      const zurueck = await zweiter.durchlaufe(umgelenkt.href, login);
      expect(zurueck.searchParams.get('iss')).toBe(zweiter.issuer);
      const vorherSitzungen = await t.db.withSystemTx((tx) => tx.select().from(sitzung));
      erwarteAblehnung(await rueckruf(zurueck, vorgang), 400, /erneut/);
      expect(await t.db.withSystemTx((tx) => tx.select().from(sitzung))).toHaveLength(vorherSitzungen.length);
    } finally {
      await zweiter.close();
    }
  });

  it('refuses to start when the provider announces another issuer than configured (503 page, no cookie)', async () => {
    const falsch = await testApp({
      oidc: { ...konf, issuer: anbieter.issuer.replace('127.0.0.1', 'localhost') },
    });
    try {
      const res = await falsch.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
      erwarteAblehnung(res, 503, /nicht erreichbar oder passt nicht/);
      expect(cookieWert(res, 'hw_sso')?.value ?? '').toBe('');
    } finally {
      await falsch.close();
    }
  });

  it('derives the callback address from the request when none is configured', async () => {
    const abgeleitet = await testApp({ oidc: { ...konf, redirectUri: undefined } });
    try {
      const res = await abgeleitet.app.inject({
        method: 'GET',
        url: '/api/auth/oidc/start',
        headers: { host: 'hilfewerk.example:8443' },
      });
      expect(res.statusCode).toBe(302);
      expect(new URL(res.headers.location as string).searchParams.get('redirect_uri')).toBe(
        'http://hilfewerk.example:8443/api/auth/oidc/rueckruf',
      );
    } finally {
      await abgeleitet.close();
    }
  });
});

describe('ohne Single Sign-on', () => {
  let ohne: TestApp;
  beforeAll(async () => {
    ohne = await testApp();
  });
  afterAll(() => ohne?.close());

  it('says it is not offered, and start and callback answer 404 in German', async () => {
    expect((await ohne.app.inject({ method: 'GET', url: '/api/auth/oidc' })).json()).toEqual({
      aktiv: false,
    });
    for (const url of ['/api/auth/oidc/start', '/api/auth/oidc/rueckruf?code=x&state=y']) {
      const res = await ohne.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(404);
      expect(res.json().fehler).toBe('Single Sign-on ist für diese Installation nicht eingerichtet.');
    }
  });
});
