import { type Datenbank, fehlversuch } from '@hilfewerk/db';
import { and, asc, gt, inArray } from 'drizzle-orm';
import { gesperrtBis, kontoSchluessel } from '../../auth/intern/sperre.ts';
import type { AnmeldeOptionen } from '../../auth/login.ts';

/**
 * Until when each of these accounts is locked after failed logins (ISO time), by e-mail; absent when
 * not locked. Read as the system: the counters are keyed by hashes, not by organisation — the caller
 * has already checked that the e-mails are its organisation's.
 */
export async function sperrenDerKonten(
  db: Datenbank,
  emails: string[],
  opt: AnmeldeOptionen,
): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const schluessel = new Map(emails.map((e) => [kontoSchluessel(e), e]));
  const seit = new Date(Date.now() - opt.sperrMinuten * 60_000);
  const zeilen = await db.withSystemTx((tx) =>
    tx
      .select({ schluessel: fehlversuch.schluessel, zeitpunkt: fehlversuch.zeitpunkt })
      .from(fehlversuch)
      .where(and(inArray(fehlversuch.schluessel, [...schluessel.keys()]), gt(fehlversuch.zeitpunkt, seit)))
      .orderBy(asc(fehlversuch.zeitpunkt)),
  );
  const ergebnis = new Map<string, string>();
  for (const [s, email] of schluessel) {
    const bis = gesperrtBis(
      zeilen.filter((z) => z.schluessel === s).map((z) => z.zeitpunkt),
      opt.maxFehlversuche,
      opt.sperrMinuten,
    );
    if (bis > Date.now()) ergebnis.set(email, new Date(bis).toISOString());
  }
  return ergebnis;
}
