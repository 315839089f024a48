import type { neuesEreignis } from '@hilfewerk/api';
import { ereignis, hilfe } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { Ungueltig } from '../../fehler.ts';
import { ereignisDto } from '../faelle/intern/fall-akte.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';
import { legeEreignisAn } from './intern/lege-ereignis-an.ts';

/** As the route's schema in @hilfewerk/api parses it. */
export type NeuesEreignis = z.infer<typeof neuesEreignis>;

export async function createEreignis(k: Kontext, fallId: string, eingabe: NeuesEreignis) {
  const umfang = requireAccess(k, 'ereignis', 'anlegen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeFall(tx, k, umfang, fallId);
    if (eingabe.hilfeId) {
      const [h] = await tx
        .select({ id: hilfe.id })
        .from(hilfe)
        .where(and(eq(hilfe.id, eingabe.hilfeId), eq(hilfe.fallId, fallId)));
      if (!h) throw new Ungueltig({ hilfeId: 'Diese Hilfe gehört nicht zu diesem Fall.' });
    }
    // The deadlines follow the new fact in the same transaction; an event that meets one completes it.
    const id = await legeEreignisAn(tx, k, {
      fallId,
      hilfeId: eingabe.hilfeId ?? null,
      art: eingabe.art,
      datum: eingabe.datum,
      bekanntSeit: eingabe.bekanntSeit ?? null,
      notiz: eingabe.notiz ?? null,
    });
    const [neu] = await tx.select().from(ereignis).where(eq(ereignis.id, id));
    return ereignisDto(neu, true, k.auth.benutzer.name);
  });
}
