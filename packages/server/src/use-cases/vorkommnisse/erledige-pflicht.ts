import type { pflichtErledigung, VorkommnisPflichtCode } from '@hilfewerk/api';
import { vorkommnisPflicht } from '@hilfewerk/db';
import { pruefeErledigung } from '@hilfewerk/rules';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { NichtGefunden, Zustandskonflikt } from '../../fehler.ts';
import { heute } from '../fristen/intern/heute.ts';
import { ladeVorkommnisse } from './intern/darstellung.ts';
import { ladeVorkommnis } from './intern/lade-vorkommnis.ts';

/**
 * POST /api/vorkommnisse/:id/pflichten/:art: the contact was made (date, whom, how) or — not for the § 47
 * report — the reason why not. Once: a done duty answers 409 (row locked, so two at once cannot both win).
 */
export async function erledigePflicht(
  k: Kontext,
  id: string,
  art: VorkommnisPflichtCode,
  e: z.infer<typeof pflichtErledigung>,
) {
  const umfang = requireAccess(k, 'vorkommnis', 'aendern');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const v = await ladeVorkommnis(tx, k, umfang, id);
    const [p] = await tx
      .select()
      .from(vorkommnisPflicht)
      .where(
        and(
          eq(vorkommnisPflicht.organisationId, v.organisationId),
          eq(vorkommnisPflicht.vorkommnisId, v.id),
          eq(vorkommnisPflicht.art, art),
        ),
      )
      .for('update');
    if (!p) throw new NichtGefunden('Diese Pflicht zu dem Vorkommnis');
    if (p.erledigtAm !== null || p.grund !== null)
      throw new Zustandskonflikt('Diese Pflicht ist schon festgehalten; sie wird nicht überschrieben.');
    pruefeErledigung(art, e, v.datum, heute());
    const mitGrund = e.datum === undefined && e.an === undefined;
    await tx
      .update(vorkommnisPflicht)
      .set(
        mitGrund
          ? { grund: e.grund?.trim() ?? null, erledigtVon: k.auth.benutzer.id }
          : {
              erledigtAm: e.datum ?? null,
              an: e.an?.trim() ?? null,
              weg: e.weg?.trim() ?? null,
              erledigtVon: k.auth.benutzer.id,
            },
      )
      .where(and(eq(vorkommnisPflicht.organisationId, p.organisationId), eq(vorkommnisPflicht.id, p.id)));
    await schreibeAudit(tx, k, {
      aktion: 'erledigen',
      ressource: 'vorkommnisPflicht',
      ressourceId: p.id,
      vorkommnisId: v.id,
      art,
      felder: mitGrund ? ['grund'] : ['erledigtAm', 'an', 'weg'],
    });
    const [ergebnis] = await ladeVorkommnisse(tx, v.organisationId, { id: v.id });
    return ergebnis;
  });
}
