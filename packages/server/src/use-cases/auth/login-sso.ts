import { randomBytes } from 'node:crypto';
import { ROLLEN_JE_ART, SSO_ABWEISUNGSGRUENDE_TEXT, type SsoAbweisungsgrund } from '@hilfewerk/api';
import { audit, benutzer, type Datenbank, organisation, sitzung } from '@hilfewerk/db';
import { hash } from '@node-rs/argon2';
import { and, eq, inArray, ne } from 'drizzle-orm';
import * as client from 'openid-client';
import type { Auth } from '../../access/kontext.ts';
import { type AuditEreignis, schreibeAudit } from '../../audit/schreibe-audit.ts';
import type { OidcKonfiguration } from '../../konfiguration/oidc.ts';
import { oidcAnbieter } from './intern/oidc-anbieter.ts';
import { SsoAbgewiesen } from './intern/sso-abgewiesen.ts';
import { leseSsoClaims } from './intern/sso-claims.ts';
import { oeffne } from './intern/sso-vorgang.ts';
import { neuesToken, tokenHash } from './intern/token.ts';
import type { AnmeldeOptionen } from './login.ts';

const NEU_BEGINNEN =
  'Die Anmeldung ist abgelaufen, wurde schon verwendet oder in einem anderen Fenster begonnen. Bitte beginnen Sie sie erneut.';
const ORGANISATION_UNBEKANNT =
  'Der Anmeldedienst hat keine Organisation genannt, die in Hilfewerk Single Sign-on nutzt (oder mehrere). Bitte wenden Sie sich an Ihre IT.';

/**
 * Completes a single sign-on: the library exchanges the code (with the PKCE verifier) and validates the
 * ID token (signature, issuer, audience, expiry, nonce); then the claims name organisation and role.
 * Only an existing, active account of that organisation with that e-mail signs in — nobody is created.
 * A role the provider now assigns differently replaces the stored one, with an audit row.
 * Without requireAccess: it is how a person gets an identity (like login.ts), so it runs as hilfewerk_system.
 */
export async function loginSso(
  db: Datenbank,
  konf: OidcKonfiguration,
  eingabe: { vorgang: string | undefined; antwort: Record<string, string>; ip: string },
  opt: Pick<AnmeldeOptionen, 'maxStunden'>,
): Promise<{ token: string; auth: Auth }> {
  const vorgang = oeffne(eingabe.vorgang, konf.clientSecret);
  if (!vorgang) throw new SsoAbgewiesen(400, NEU_BEGINNEN, 'vorgang fehlt, verändert oder abgelaufen');
  if (eingabe.antwort.error) {
    throw new SsoAbgewiesen(
      403,
      'Der Anmeldedienst hat die Anmeldung nicht bestätigt. Bitte versuchen Sie es erneut.',
      `anbieter: ${eingabe.antwort.error.slice(0, 60)}`,
    );
  }
  const anbieter = await oidcAnbieter(konf);
  const rueckruf = new URL(vorgang.redirectUri);
  for (const [k, v] of Object.entries(eingabe.antwort)) rueckruf.searchParams.append(k, v);
  let claims: Record<string, unknown>;
  try {
    const tokens = await client.authorizationCodeGrant(anbieter, rueckruf, {
      pkceCodeVerifier: vorgang.codeVerifier,
      expectedState: vorgang.state,
      expectedNonce: vorgang.nonce,
      idTokenExpected: true,
    });
    claims = (tokens.claims() ?? {}) as Record<string, unknown>;
  } catch (fehler) {
    const code = (fehler as { code?: string; error?: string }).error ?? (fehler as { code?: string }).code;
    throw new SsoAbgewiesen(400, NEU_BEGINNEN, `token: ${code ?? (fehler as Error).name}`);
  }

  const id = leseSsoClaims(claims, konf);
  const orgs =
    id.organisationen.length === 1
      ? await db.withSystemTx((tx) =>
          tx.select().from(organisation).where(inArray(organisation.kennung, id.organisationen)),
        )
      : [];
  if (orgs.length !== 1) {
    throw new SsoAbgewiesen(403, ORGANISATION_UNBEKANNT, `organisation: ${id.organisationen.length} passend`);
  }
  const org = orgs[0];

  const [konto] =
    id.email && id.emailBestaetigt
      ? await db.withSystemTx((tx) =>
          tx
            .select()
            .from(benutzer)
            .where(and(eq(benutzer.email, id.email as string), eq(benutzer.organisationId, org.id))),
        )
      : [];
  const rolle = id.rollen[0];
  const grund: SsoAbweisungsgrund | null =
    !id.email || !id.emailBestaetigt
      ? 'email-unbestaetigt'
      : !konto
        ? 'konto-unbekannt'
        : !konto.aktiv
          ? 'konto-deaktiviert'
          : id.rollen.length === 0
            ? 'rolle-fehlt'
            : id.rollen.length > 1
              ? 'rolle-mehrdeutig'
              : !ROLLEN_JE_ART[org.art].includes(rolle)
                ? 'rolle-unpassend'
                : null;
  if (grund || !konto) {
    const g = grund ?? 'konto-unbekannt';
    const { aktion, ressource, ressourceId, ...details }: AuditEreignis = {
      aktion: 'ssoAbgewiesen',
      ressource: 'sitzung',
      ressourceId: null,
      grund: g,
    };
    // The organisation's log records the refusal: an administration sees who tried and why.
    await db.withSystemTx((tx) =>
      tx.insert(audit).values({
        organisationId: org.id,
        benutzerId: konto?.id ?? null,
        aktion,
        ressource,
        ressourceId,
        ip: eingabe.ip,
        details,
      }),
    );
    throw new SsoAbgewiesen(403, SSO_ABWEISUNGSGRUENDE_TEXT[g], `konto: ${g}`);
  }

  // A pending one-time password is known to the administration that handed it out; an account that
  // signs in through the provider does not need it, so it is replaced by one nobody knows.
  const einmalpasswortVerworfen = konto.passwortAendern;
  const unbekanntesPasswort = einmalpasswortVerworfen
    ? await hash(randomBytes(32).toString('base64url'))
    : null;
  const token = neuesToken();
  const auth: Auth = {
    sitzungId: crypto.randomUUID(),
    csrfToken: neuesToken(),
    benutzer: { id: konto.id, email: konto.email, name: konto.name, rolle },
    organisation: {
      id: org.id,
      name: org.name,
      art: org.art,
      bundesland: org.bundesland,
      kennung: org.kennung,
    },
    passwortAendern: false,
  };
  await db.withSystemTx(async (tx) => {
    const k = { auth, ip: eingabe.ip };
    if (rolle !== konto.rolle) {
      await tx.update(benutzer).set({ rolle }).where(eq(benutzer.id, konto.id));
      // As when the administration changes a role (ADR 0006): sessions under the old role end.
      await tx.delete(sitzung).where(and(eq(sitzung.benutzerId, konto.id), ne(sitzung.id, auth.sitzungId)));
      await schreibeAudit(tx, k, {
        aktion: 'aendern',
        ressource: 'benutzer',
        ressourceId: konto.id,
        felder: ['rolle'],
        rolle: { alt: konto.rolle, neu: rolle },
        quelle: 'sso',
      });
    }
    if (unbekanntesPasswort) {
      await tx
        .update(benutzer)
        .set({ passwortHash: unbekanntesPasswort, passwortAendern: false })
        .where(eq(benutzer.id, konto.id));
    }
    await tx.insert(sitzung).values({
      id: auth.sitzungId,
      organisationId: org.id,
      benutzerId: konto.id,
      tokenHash: tokenHash(token),
      csrfToken: auth.csrfToken,
      ablauf: new Date(Date.now() + opt.maxStunden * 3_600_000),
    });
    await schreibeAudit(tx, k, {
      aktion: 'ssoAnmelden',
      ressource: 'sitzung',
      ressourceId: auth.sitzungId,
      ...(einmalpasswortVerworfen ? { einmalpasswortVerworfen: true as const } : {}),
    });
  });
  return { token, auth };
}
