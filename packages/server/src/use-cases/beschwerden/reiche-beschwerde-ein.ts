import { createHash, randomInt } from 'node:crypto';
import { beschwerde, type Datenbank, fehlversuch, organisation } from '@hilfewerk/db';
import { beschwerdeFristen } from '@hilfewerk/rules';
import { and, count, eq, gt, sql } from 'drizzle-orm';
import { NichtGefunden, ZuVieleBeschwerden } from '../../fehler.ts';
import { heute } from '../fristen/intern/heute.ts';
import { vorgangsnummer } from './intern/vorgangsnummer.ts';

export interface OeffentlicheBeschwerde {
  organisation: string;
  text: string;
  kontakt?: string;
  /** Honeypot: a field people never see; a bot that fills it gets a receipt and nothing is stored. */
  webseite?: string;
  ip: string;
}

export interface BeschwerdeDrosselung {
  /** Complaints per client address and window. @default 10 */
  max: number;
  /** @default 60 */
  fensterMinuten: number;
}

export const STANDARD_BESCHWERDE_DROSSELUNG: BeschwerdeDrosselung = { max: 10, fensterMinuten: 60 };

/**
 * The public complaint form, without a session: like login it runs as hilfewerk_system, because the
 * organisation is known only from the public kennung. Every request counts against the client address
 * (the login's idea: a hashed key in `fehlversuch`, counted over a window), the refused and the unknown
 * kennung too, so the form can be used neither to flood nor to probe for organisations quickly.
 */
export async function reicheBeschwerdeEin(
  db: Datenbank,
  e: OeffentlicheBeschwerde,
  opt: BeschwerdeDrosselung = STANDARD_BESCHWERDE_DROSSELUNG,
): Promise<{ vorgangsnummer: string }> {
  const schluessel = createHash('sha256').update(`beschwerde|${e.ip}`).digest('hex');
  const seit = new Date(Date.now() - opt.fensterMinuten * 60_000);
  const ergebnis = await db.withSystemTx(async (tx) => {
    // One address at a time: parallel requests must not all pass the count before any is written.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${schluessel}))`);
    const [{ n }] = await tx
      .select({ n: count() })
      .from(fehlversuch)
      .where(and(eq(fehlversuch.schluessel, schluessel), gt(fehlversuch.zeitpunkt, seit)));
    if (Number(n) >= opt.max) throw new ZuVieleBeschwerden(opt.fensterMinuten * 60);
    await tx.insert(fehlversuch).values({ schluessel });

    const [org] = await tx
      .select({ id: organisation.id })
      .from(organisation)
      .where(eq(organisation.kennung, e.organisation.toLowerCase()));
    // Thrown after the commit: the request must still count against the address.
    if (!org) return undefined;
    const nummer = vorgangsnummer(randomInt);
    if (e.webseite) return { vorgangsnummer: nummer };
    const eingang = heute();
    await tx.insert(beschwerde).values({
      organisationId: org.id,
      vorgangsnummer: nummer,
      quelle: 'oeffentlich',
      text: e.text,
      kontakt: e.kontakt || null,
      eingegangenAm: eingang,
      ...beschwerdeFristen(eingang),
    });
    return { vorgangsnummer: nummer };
  });
  if (!ergebnis) throw new NichtGefunden('Die Organisation');
  return ergebnis;
}
