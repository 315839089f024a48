import { VORKOMMNIS_ARTEN_TEXT, VORKOMMNIS_PFLICHTEN_TEXT } from '@hilfewerk/api';
import { fall, vorkommnis, vorkommnisPflicht } from '@hilfewerk/db';
import { pflichtStatus } from '@hilfewerk/rules';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { fallImUmfang } from '../faelle/intern/fall-umfang.ts';
import { heute } from '../fristen/intern/heute.ts';

/**
 * GET /api/vorkommnisse/offen: every duty not yet done (Leitung: the organisation; Fachkraft: her cases),
 * earliest due first — the kind of event but not its description. Audited: the kind is health data too.
 */
export async function listOffenePflichten(k: Kontext) {
  const umfang = requireAccess(k, 'vorkommnis', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const zeilen = await tx
      .select({ p: vorkommnisPflicht, v: vorkommnis, aktenzeichen: fall.aktenzeichen })
      .from(vorkommnisPflicht)
      .innerJoin(
        vorkommnis,
        and(
          eq(vorkommnis.organisationId, vorkommnisPflicht.organisationId),
          eq(vorkommnis.id, vorkommnisPflicht.vorkommnisId),
        ),
      )
      .innerJoin(
        fall,
        and(eq(fall.organisationId, vorkommnis.organisationId), eq(fall.id, vorkommnis.fallId)),
      )
      .where(
        and(fallImUmfang(k, umfang), isNull(vorkommnisPflicht.erledigtAm), isNull(vorkommnisPflicht.grund)),
      )
      .orderBy(asc(vorkommnisPflicht.faelligAm), asc(fall.aktenzeichen));
    await schreibeAudit(tx, k, {
      aktion: 'lesen',
      ressource: 'vorkommnis',
      ressourceId: null,
      anzahl: zeilen.length,
    });
    const stichtag = heute();
    return zeilen.map(({ p, v, aktenzeichen }) => ({
      vorkommnisId: v.id,
      fallId: v.fallId,
      aktenzeichen,
      vorkommnis: VORKOMMNIS_ARTEN_TEXT[v.art],
      datum: v.datum,
      art: p.art,
      titel: VORKOMMNIS_PFLICHTEN_TEXT[p.art],
      faelligAm: p.faelligAm,
      status: pflichtStatus(p, stichtag),
    }));
  });
}
