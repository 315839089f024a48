import type { leistungsFilter } from '@hilfewerk/api';
import { leistungseintrag } from '@hilfewerk/db';
import { and, desc, eq, gte, lte } from 'drizzle-orm';
import type { z } from 'zod';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { alsDtos } from './intern/leistung-dto.ts';

/** As the route's schema in @hilfewerk/api parses it. */
export type LeistungsFilter = z.infer<typeof leistungsFilter>;

/** The user's own entries, newest first. */
export async function listLeistungen(k: Kontext, f: LeistungsFilter) {
  requireAccess(k, 'leistungseintrag', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const zeilen = await tx
      .select()
      .from(leistungseintrag)
      .where(
        and(
          eq(leistungseintrag.organisationId, k.auth.organisation.id),
          eq(leistungseintrag.benutzerId, k.auth.benutzer.id),
          f.von ? gte(leistungseintrag.datum, f.von) : undefined,
          f.bis ? lte(leistungseintrag.datum, f.bis) : undefined,
        ),
      )
      .orderBy(desc(leistungseintrag.datum), desc(leistungseintrag.beginn), desc(leistungseintrag.erfasstAm))
      .limit(f.anzahl ?? 200);
    return alsDtos(tx, zeilen);
  });
}
