import { abwesenheit } from '@hilfewerk/db';
import { monatsgrenzen } from '@hilfewerk/rules/tag';
import { and, asc, eq, gte } from 'drizzle-orm';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { heute as heuteInBerlin } from '../fristen/intern/heute.ts';
import { abwesenheitenMitFaellen } from './intern/abwesenheit-dto.ts';

/** Absences from the start of this month on, earliest first, each with the cases left without a stand-in. */
export async function listAbwesenheiten(k: Kontext) {
  requireAccess(k, 'personal', 'lesen');
  const { von } = monatsgrenzen(heuteInBerlin().slice(0, 7));
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const org = k.auth.organisation.id;
    const zeilen = await tx
      .select()
      .from(abwesenheit)
      .where(and(eq(abwesenheit.organisationId, org), gte(abwesenheit.bis, von)))
      .orderBy(asc(abwesenheit.von));
    return abwesenheitenMitFaellen(tx, org, zeilen);
  });
}
