import { kinderschutzverfahren } from '@hilfewerk/db';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';
import { heute } from '../fristen/intern/heute.ts';
import { inhaltHash } from './intern/inhalt-hash.ts';
import { pruefeSchrittDatum } from './intern/pruefe-datum.ts';
import { schreibeVignette } from './intern/vignette.ts';

export interface VerfahrenStart {
  fallId: string;
  /** The gewichtige Anhaltspunkte as observed. */
  anhaltspunkte: string;
  /** When they became known; today when left out. */
  datum?: string;
}

/** POST /api/kinderschutz: the team records weighty indications and so opens a § 8a procedure. */
export async function starteVerfahren(k: Kontext, e: VerfahrenStart) {
  const umfang = requireAccess(k, 'kinderschutz', 'anlegen');
  const datum = e.datum ?? heute();
  pruefeSchrittDatum(datum, '1901-01-01');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeFall(tx, k, umfang, e.fallId);
    const [v] = await tx
      .insert(kinderschutzverfahren)
      .values({
        organisationId: k.auth.organisation.id,
        fallId: e.fallId,
        anhaltspunkte: e.anhaltspunkte,
        begonnenAm: datum,
        begonnenVon: k.auth.benutzer.id,
      })
      .returning({ id: kinderschutzverfahren.id });
    await schreibeVignette(tx, k.auth.organisation.id, v.id);
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'kinderschutzverfahren',
      ressourceId: v.id,
      fallId: e.fallId,
      inhaltHash: inhaltHash({ anhaltspunkte: e.anhaltspunkte, datum }),
    });
    return { id: v.id };
  });
}
