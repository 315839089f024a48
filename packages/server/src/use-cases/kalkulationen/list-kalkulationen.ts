import { benutzer, kalkulation } from '@hilfewerk/db';
import { asc, desc, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { kalkulationKopf } from './intern/kalkulation-dto.ts';

/** The organisation's saved calculations: the newest version of each series, most recently saved first. */
export async function listKalkulationen(k: Kontext) {
  requireAccess(k, 'kalkulation', 'lesen');
  const zeilen = await k.db.withTx(txKontext(k.auth), (tx) =>
    tx
      .selectDistinctOn([kalkulation.reiheId], { k: kalkulation, autor: benutzer.name })
      .from(kalkulation)
      .leftJoin(benutzer, eq(benutzer.id, kalkulation.erstelltVon))
      .orderBy(asc(kalkulation.reiheId), desc(kalkulation.version)),
  );
  return zeilen
    .map((z) => kalkulationKopf(z.k, z.autor))
    .sort((a, b) => b.erstelltAm.localeCompare(a.erstelltAm) || a.bezeichnung.localeCompare(b.bezeichnung));
}
