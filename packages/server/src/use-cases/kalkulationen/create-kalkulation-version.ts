import type { neueKalkulationsVersion } from '@hilfewerk/api';
import { kalkulation } from '@hilfewerk/db';
import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { Konflikt, NichtGefunden } from '../../fehler.ts';
import { istEindeutigkeitsFehler } from '../intern/db-fehler.ts';
import { ladeKalkulation } from './intern/kalkulation-dto.ts';
import { rechne } from './intern/rechne.ts';
import { speichereVersion } from './intern/speichere-version.ts';

/** As the route's schema in @hilfewerk/api parses it. */
export type NeueVersion = z.infer<typeof neueKalkulationsVersion>;

/** Saves the next version of a series; earlier versions stay as they were. */
export async function createKalkulationVersion(k: Kontext, reiheId: string, neu: NeueVersion) {
  requireAccess(k, 'kalkulation', 'anlegen');
  const ergebnis = rechne(neu.eingabe);
  const aktuell = async () =>
    k.db.withTx(txKontext(k.auth), async (tx) => {
      const [letzte] = await tx
        .select({ id: kalkulation.id })
        .from(kalkulation)
        .where(eq(kalkulation.reiheId, reiheId))
        .orderBy(desc(kalkulation.version))
        .limit(1);
      if (!letzte) throw new NichtGefunden('Die Kalkulation');
      return ladeKalkulation(tx, letzte.id);
    });
  try {
    return await k.db.withTx(txKontext(k.auth), async (tx) => {
      const [letzte] = await tx
        .select({ version: kalkulation.version, bezeichnung: kalkulation.bezeichnung })
        .from(kalkulation)
        .where(eq(kalkulation.reiheId, reiheId))
        .orderBy(desc(kalkulation.version))
        .limit(1);
      if (!letzte) throw new NichtGefunden('Die Kalkulation');
      if (letzte.version !== neu.version) throw new Konflikt(null);
      const id = await speichereVersion(tx, k, {
        reiheId,
        version: letzte.version + 1,
        bezeichnung: neu.bezeichnung ?? letzte.bezeichnung,
        kommentar: neu.kommentar,
        eingabe: neu.eingabe,
        ergebnis,
      });
      return ladeKalkulation(tx, id);
    });
  } catch (fehler) {
    // Two people saving at the same moment: the unique (reihe, version) index lets only one win.
    if (fehler instanceof Konflikt || istEindeutigkeitsFehler(fehler, 'kalkulation_version_uq')) {
      throw new Konflikt(await aktuell());
    }
    throw fehler;
  }
}
