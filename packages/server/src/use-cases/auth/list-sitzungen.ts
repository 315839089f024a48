import { sitzung } from '@hilfewerk/db';
import { desc, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';

/** The user's open sessions (devices), newest activity first; never a token or its hash. */
export async function listSitzungen(k: Kontext) {
  requireAccess(k, 'eigenesKonto', 'lesen');
  const zeilen = await k.db.withTx(txKontext(k.auth), (tx) =>
    tx
      .select({
        id: sitzung.id,
        erstelltAm: sitzung.erstelltAm,
        zuletztAktiv: sitzung.zuletztAktiv,
        ablauf: sitzung.ablauf,
      })
      .from(sitzung)
      .where(eq(sitzung.benutzerId, k.auth.benutzer.id))
      .orderBy(desc(sitzung.zuletztAktiv)),
  );
  return zeilen.map((z) => ({
    id: z.id,
    erstelltAm: z.erstelltAm.toISOString(),
    zuletztAktiv: z.zuletztAktiv.toISOString(),
    ablauf: z.ablauf.toISOString(),
    aktuell: z.id === k.auth.sitzungId,
  }));
}
