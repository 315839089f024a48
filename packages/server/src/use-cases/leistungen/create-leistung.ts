import { randomUUID } from 'node:crypto';
import { leistungseintrag, leistungseintragTeilnahme } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { alsDtos } from './intern/leistung-dto.ts';
import { type LeistungWerte, pruefeLeistung } from './intern/pruefe-leistung.ts';

/** Records one stretch of the user's own work; a group offer's minutes are split across its Hilfen. */
export async function createLeistung(k: Kontext, eingabe: LeistungWerte) {
  requireAccess(k, 'leistungseintrag', 'anlegen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const { teilnahmen, ...e } = await pruefeLeistung(tx, k, eingabe);
    const id = randomUUID();
    const organisationId = k.auth.organisation.id;
    await tx.insert(leistungseintrag).values({ id, organisationId, benutzerId: k.auth.benutzer.id, ...e });
    if (teilnahmen.length > 0) {
      await tx
        .insert(leistungseintragTeilnahme)
        .values(teilnahmen.map((t) => ({ eintragId: id, organisationId, ...t })));
    }
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'leistungseintrag',
      ressourceId: id,
      felder: Object.keys(eingabe),
    });
    const zeilen = await tx.select().from(leistungseintrag).where(eq(leistungseintrag.id, id));
    return (await alsDtos(tx, zeilen))[0];
  });
}
