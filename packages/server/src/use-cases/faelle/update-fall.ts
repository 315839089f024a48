import type { fallAenderung } from '@hilfewerk/api';
import { type Db, fall } from '@hilfewerk/db';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import type { Umfang } from '../../access/permissions.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { wertAenderungen } from '../../audit/werte.ts';
import { Konflikt, Ungueltig } from '../../fehler.ts';
import { istEindeutigkeitsFehler } from '../intern/db-fehler.ts';
import { AKTENZEICHEN_VERGEBEN } from './create-fall.ts';
import { fallAkte } from './intern/fall-akte.ts';
import { ladeFall } from './intern/fall-umfang.ts';

/** As the route's schema in @hilfewerk/api parses it. */
export type FallAenderung = z.infer<typeof fallAenderung>;

/** Changes master data if `version` is still current; otherwise 409 with the current case. */
export async function updateFall(k: Kontext, fallId: string, eingabe: FallAenderung) {
  const umfang = requireAccess(k, 'fall', 'aendern');
  const { version, ...werte } = eingabe;
  const felder = Object.keys(werte).filter((f) => werte[f as keyof typeof werte] !== undefined);
  try {
    return await k.db.withTx(txKontext(k.auth), async (tx) => {
      const vorher = await ladeFall(tx, k, umfang, fallId);
      const geaendert = await tx
        .update(fall)
        .set({
          aktenzeichen: werte.aktenzeichen?.trim(),
          bezeichnung: werte.bezeichnung?.trim(),
          status: werte.status,
          version: sql`${fall.version} + 1`,
        })
        .where(and(eq(fall.id, fallId), eq(fall.version, version)))
        .returning();
      if (geaendert.length === 0) throw new Konflikt(await aktuell(tx, k, umfang, fallId));
      const werteAudit = wertAenderungen('fall', vorher, geaendert[0], felder);
      await schreibeAudit(tx, k, {
        aktion: 'aendern',
        ressource: 'fall',
        ressourceId: fallId,
        felder,
        werte: werteAudit,
      });
      return fallAkte(tx, k, await ladeFall(tx, k, umfang, fallId));
    });
  } catch (error) {
    if (istEindeutigkeitsFehler(error, 'fall_aktenzeichen_uq')) {
      throw new Ungueltig({ aktenzeichen: AKTENZEICHEN_VERGEBEN });
    }
    throw error;
  }
}

async function aktuell(tx: Db, k: Kontext, umfang: Umfang, fallId: string) {
  return fallAkte(tx, k, await ladeFall(tx, k, umfang, fallId));
}
