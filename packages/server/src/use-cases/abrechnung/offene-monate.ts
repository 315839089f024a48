import { hilfe, leistungseintrag, monatsabschluss } from '@hilfewerk/db';
import { eq, min } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { heute } from '../fristen/intern/heute.ts';

/**
 * The months that have ended and are not closed yet, oldest first: from the month of the organisation's
 * first Hilfe or entry to the last finished month. The month picker opens on the first of them, so an
 * old month left open is not overlooked.
 */
export async function offeneMonate(k: Kontext): Promise<string[]> {
  requireAccess(k, 'monatsabschluss', 'lesen');
  const org = k.auth.organisation.id;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [h] = await tx
      .select({ von: min(hilfe.beginn) })
      .from(hilfe)
      .where(eq(hilfe.organisationId, org));
    const [e] = await tx
      .select({ von: min(leistungseintrag.datum) })
      .from(leistungseintrag)
      .where(eq(leistungseintrag.organisationId, org));
    const geschlossen = new Set(
      (
        await tx
          .select({ monat: monatsabschluss.monat })
          .from(monatsabschluss)
          .where(eq(monatsabschluss.organisationId, org))
      ).map((z) => z.monat),
    );
    const anfang = [h?.von, e?.von].filter((d): d is string => !!d).sort()[0];
    if (!anfang) return [];
    const bis = heute().slice(0, 7);
    const monate: string[] = [];
    for (let monat = anfang.slice(0, 7); monat < bis; monat = naechsterMonat(monat)) {
      if (!geschlossen.has(monat)) monate.push(monat);
    }
    return monate;
  });
}

function naechsterMonat(monat: string): string {
  const [j, m] = monat.split('-').map(Number);
  return m === 12 ? `${j + 1}-01` : `${j}-${String(m + 1).padStart(2, '0')}`;
}
