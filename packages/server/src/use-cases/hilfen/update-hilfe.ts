import type { hilfeAenderung } from '@hilfewerk/api';
import { hilfe } from '@hilfewerk/db';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { wertAenderungen } from '../../audit/werte.ts';
import { Konflikt, NichtGefunden } from '../../fehler.ts';
import { ladeHilfe } from '../faelle/intern/fall-akte.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';
import { aktualisiereFristen } from '../fristen/intern/aktualisiere-fristen.ts';
import { type HilfeWerte, pruefeHilfe } from './intern/pruefe-hilfe.ts';

/** As the route's schema in @hilfewerk/api parses it. */
export type HilfeAenderung = z.infer<typeof hilfeAenderung>;

export async function updateHilfe(k: Kontext, fallId: string, hilfeId: string, eingabe: HilfeAenderung) {
  const umfang = requireAccess(k, 'hilfe', 'aendern');
  const { version, ...werte } = eingabe;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeFall(tx, k, umfang, fallId);
    const diese = and(eq(hilfe.id, hilfeId), eq(hilfe.fallId, fallId));
    const [vorher] = await tx.select().from(hilfe).where(diese);
    if (!vorher) throw new NichtGefunden('Die Hilfe');
    // Check the Hilfe as it will be, so a changed end is compared with the stored start.
    const definiert = Object.fromEntries(Object.entries(werte).filter(([, v]) => v !== undefined));
    await pruefeHilfe(tx, { ...vorher, ...definiert } as HilfeWerte, { fallId, vorher });
    const [nachher] = await tx
      .update(hilfe)
      .set({ ...definiert, version: sql`${hilfe.version} + 1` })
      .where(and(diese, eq(hilfe.version, version)))
      .returning();
    if (!nachher) throw new Konflikt(await ladeHilfe(tx, hilfeId));
    await schreibeAudit(tx, k, {
      aktion: 'aendern',
      ressource: 'hilfe',
      ressourceId: hilfeId,
      felder: Object.keys(definiert),
      werte: wertAenderungen('hilfe', vorher, nachher, Object.keys(definiert)),
    });
    await aktualisiereFristen(tx, hilfeId);
    return ladeHilfe(tx, hilfeId);
  });
}
