import { benutzer, type Datenbank, organisation, sitzung } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Auth } from '../../access/kontext.ts';
import { NichtAngemeldet } from '../../fehler.ts';
import { tokenHash } from './intern/token.ts';

/** Activity is written at most this often, so reads do not turn into writes on every request. */
const AKTIVITAET_MS = 30_000;

/**
 * Finds the session of a cookie token; refuses unknown, idle-expired or ended sessions and
 * deactivated accounts (401). Sliding idle expiry: each request within the idle time extends it.
 */
export async function resolveSitzung(db: Datenbank, token: string, leerlaufMinuten: number): Promise<Auth> {
  const ergebnis = await db.withSystemTx(async (tx): Promise<Auth | 'unbekannt' | 'abgelaufen'> => {
    const [z] = await tx
      .select({ s: sitzung, b: benutzer, o: organisation })
      .from(sitzung)
      .innerJoin(benutzer, eq(benutzer.id, sitzung.benutzerId))
      .innerJoin(organisation, eq(organisation.id, sitzung.organisationId))
      .where(eq(sitzung.tokenHash, tokenHash(token)));
    if (!z) return 'unbekannt';
    const jetzt = Date.now();
    const leerlauf = jetzt - z.s.zuletztAktiv.getTime() > leerlaufMinuten * 60_000;
    if (leerlauf || z.s.ablauf.getTime() < jetzt || !z.b.aktiv) {
      // Deleted in a committed transaction: throwing here would roll the deletion back.
      await tx.delete(sitzung).where(eq(sitzung.id, z.s.id));
      return 'abgelaufen';
    }
    if (jetzt - z.s.zuletztAktiv.getTime() > AKTIVITAET_MS) {
      await tx
        .update(sitzung)
        .set({ zuletztAktiv: new Date(jetzt) })
        .where(eq(sitzung.id, z.s.id));
    }
    return {
      sitzungId: z.s.id,
      csrfToken: z.s.csrfToken,
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
  });
  if (ergebnis === 'unbekannt') throw new NichtAngemeldet();
  if (ergebnis === 'abgelaufen') {
    throw new NichtAngemeldet('Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.');
  }
  return ergebnis;
}
