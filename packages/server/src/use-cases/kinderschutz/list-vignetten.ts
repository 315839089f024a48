import { kinderschutzVignette } from '@hilfewerk/db';
import { naechsterSchritt, type SchrittArt } from '@hilfewerk/rules';
import { asc, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';

/**
 * GET /api/kinderschutz/vignetten (iefk): the procedures of her organisation, pseudonymised, those waiting
 * for her advice first. Only the procedure id, start, state and the young person's label and age.
 */
export async function listVignetten(k: Kontext) {
  requireAccess(k, 'kinderschutzVignette', 'anlegen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const zeilen = await tx
      .select()
      .from(kinderschutzVignette)
      .where(eq(kinderschutzVignette.organisationId, k.auth.organisation.id))
      .orderBy(asc(kinderschutzVignette.aktualisiertAm));
    return zeilen
      .map((v) => {
        const abgeschlossen = v.abgeschlossen !== null;
        const naechster = naechsterSchritt({ erledigt: v.stand as SchrittArt[], abgeschlossen });
        const personen =
          (v.inhalt.pseudonyme as { bezeichnung: string; rolle: string; alterJahre: number | null }[]) ?? [];
        const jung = personen.find((p) => p.rolle === 'junger_mensch' || p.rolle === 'kind');
        return {
          id: v.verfahrenId,
          begonnenAm: String(v.inhalt.begonnenAm),
          abgeschlossen,
          wartetAufBeratung: naechster === 'iefk-beratung',
          beratungen: (v.stand as string[]).filter((a) => a === 'iefk-beratung').length,
          person: jung
            ? `${jung.bezeichnung}${jung.alterJahre !== null ? `, ${jung.alterJahre} Jahre` : ''}`
            : null,
        };
      })
      .sort((a, b) => Number(b.wartetAufBeratung) - Number(a.wartetAufBeratung));
  });
}
