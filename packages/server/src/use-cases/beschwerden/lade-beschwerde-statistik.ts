import { BESCHWERDE_QUELLEN } from '@hilfewerk/api';
import { beschwerde } from '@hilfewerk/db';
import { beschwerdeStatistik } from '@hilfewerk/rules';
import { and, eq, gte, lte } from 'drizzle-orm';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { heute as heuteInBerlin } from '../fristen/intern/heute.ts';

/**
 * The year's complaints in figures (packages/rules beschwerdeStatistik). Only dates and sources are read,
 * no text or contact, so the reading is not a special-category read and writes no audit row.
 */
export async function ladeBeschwerdeStatistik(k: Kontext, jahr: number) {
  requireAccess(k, 'beschwerde', 'lesen');
  const heute = heuteInBerlin();
  const zeilen = await k.db.withTx(txKontext(k.auth), (tx) =>
    tx
      .select({
        quelle: beschwerde.quelle,
        eingegangenAm: beschwerde.eingegangenAm,
        bestaetigungFaellig: beschwerde.bestaetigungFaellig,
        antwortFaellig: beschwerde.antwortFaellig,
        bestaetigtAm: beschwerde.bestaetigtAm,
        beantwortetAm: beschwerde.beantwortetAm,
        abgeschlossenAm: beschwerde.abgeschlossenAm,
      })
      .from(beschwerde)
      .where(
        and(
          eq(beschwerde.organisationId, k.auth.organisation.id),
          gte(beschwerde.eingegangenAm, `${jahr}-01-01`),
          lte(beschwerde.eingegangenAm, `${jahr}-12-31`),
        ),
      ),
  );
  return beschwerdeStatistik(zeilen, jahr, BESCHWERDE_QUELLEN, heute);
}
