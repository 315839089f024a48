import { benutzer, type Datenbank, fehlversuch, organisation, sitzung } from '@hilfewerk/db';
import { hash, verify } from '@node-rs/argon2';
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { Auth } from '../../access/kontext.ts';
import { schreibeAudit, schreibeSystemAudit } from '../../audit/schreibe-audit.ts';
import { NichtAngemeldet, ZuVieleVersuche } from '../../fehler.ts';
import { adressSchluessel, gesperrtBis, kontoSchluessel } from './intern/sperre.ts';
import { neuesToken, tokenHash } from './intern/token.ts';

export interface AnmeldeOptionen {
  /** Failed attempts per account, from whatever address, before the account is locked. @default 5 */
  maxFehlversuche: number;
  /**
   * Failed attempts per client address, whatever the account, before that address pauses: higher,
   * because a whole office may sit behind one address. @default 20
   */
  maxFehlversucheAdresse: number;
  /** Window in which failures count, and how long a lock lasts. @default 15 */
  sperrMinuten: number;
  /** Absolute session lifetime, whatever the activity. @default 12 */
  maxStunden: number;
}

export const STANDARD_ANMELDUNG: AnmeldeOptionen = {
  maxFehlversuche: 5,
  maxFehlversucheAdresse: 20,
  sperrMinuten: 15,
  maxStunden: 12,
};

const FALSCH = 'E-Mail-Adresse oder Passwort ist falsch.';

// Verifying against a real hash for unknown e-mails keeps the response time from telling
// whether an account exists.
const blindHash = hash('hilfewerk-blind');

/**
 * Checks the password and opens a session. The one use case without requireAccess: it is how a
 * user gets an identity; it runs as hilfewerk_system because no organisation is known yet.
 */
export async function login(
  db: Datenbank,
  eingabe: { email: string; passwort: string; ip: string },
  opt: AnmeldeOptionen = STANDARD_ANMELDUNG,
): Promise<{ token: string; auth: Auth }> {
  const email = eingabe.email.trim().toLowerCase();
  const konto = kontoSchluessel(email);
  const adresse = adressSchluessel(eingabe.ip);
  const seit = new Date(Date.now() - opt.sperrMinuten * 60_000);

  const fehl = await db.withSystemTx((tx) =>
    tx
      .select({ schluessel: fehlversuch.schluessel, zeitpunkt: fehlversuch.zeitpunkt })
      .from(fehlversuch)
      .where(and(inArray(fehlversuch.schluessel, [konto, adresse]), gt(fehlversuch.zeitpunkt, seit)))
      .orderBy(asc(fehlversuch.zeitpunkt)),
  );
  const bisFuer = (schluessel: string, max: number) =>
    gesperrtBis(
      fehl.filter((f) => f.schluessel === schluessel).map((f) => f.zeitpunkt),
      max,
      opt.sperrMinuten,
    );
  const kontoBis = bisFuer(konto, opt.maxFehlversuche);
  const adresseBis = bisFuer(adresse, opt.maxFehlversucheAdresse);
  if (kontoBis > Date.now() || adresseBis > Date.now()) {
    const bis = Math.max(kontoBis, adresseBis);
    throw new ZuVieleVersuche(
      Math.max(1, Math.ceil((bis - Date.now()) / 1000)),
      new Date(bis),
      kontoBis >= adresseBis,
    );
  }

  const [z] = await db.withSystemTx((tx) =>
    tx
      .select({ b: benutzer, o: organisation })
      .from(benutzer)
      .innerJoin(organisation, eq(organisation.id, benutzer.organisationId))
      .where(eq(benutzer.email, email)),
  );
  const ok = await verify(z?.b.passwortHash ?? (await blindHash), eingabe.passwort).catch(() => false);
  if (!z || !ok || !z.b.aktiv) {
    await db.withSystemTx(async (tx) => {
      await tx.insert(fehlversuch).values([{ schluessel: konto }, { schluessel: adresse }]);
      // The account's organisation sees attempts on it in its Protokoll (Art. 32 GDPR).
      if (z) {
        await schreibeSystemAudit(tx, z.o.id, eingabe.ip, {
          aktion: 'anmeldenFehlgeschlagen',
          ressource: 'benutzer',
          ressourceId: z.b.id,
          grund: ok ? 'deaktiviert' : 'passwort',
        });
      }
    });
    throw new NichtAngemeldet(FALSCH);
  }

  const token = neuesToken();
  const auth: Auth = {
    sitzungId: crypto.randomUUID(),
    csrfToken: neuesToken(),
    benutzer: { id: z.b.id, email: z.b.email, name: z.b.name, rolle: z.b.rolle },
    organisation: {
      id: z.o.id,
      name: z.o.name,
      art: z.o.art,
      bundesland: z.o.bundesland,
      kennung: z.o.kennung,
    },
    passwortAendern: z.b.passwortAendern,
  };
  await db.withSystemTx(async (tx) => {
    // A success clears the account's counter; the address keeps its count (it may be guessing others).
    await tx.delete(fehlversuch).where(eq(fehlversuch.schluessel, konto));
    await tx.insert(sitzung).values({
      id: auth.sitzungId,
      organisationId: auth.organisation.id,
      benutzerId: auth.benutzer.id,
      tokenHash: tokenHash(token),
      csrfToken: auth.csrfToken,
      ablauf: new Date(Date.now() + opt.maxStunden * 3_600_000),
    });
    await schreibeAudit(
      tx,
      { auth, ip: eingabe.ip },
      {
        aktion: 'anmelden',
        ressource: 'sitzung',
        ressourceId: auth.sitzungId,
      },
    );
  });
  return { token, auth };
}
