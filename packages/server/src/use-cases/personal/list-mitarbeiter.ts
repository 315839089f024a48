import { mitarbeiter, mitarbeiterVk } from '@hilfewerk/db';
import { asc, eq } from 'drizzle-orm';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { heute as heuteInBerlin } from '../fristen/intern/heute.ts';
import { mitarbeiterDto } from './intern/mitarbeiter-dto.ts';

/** The staff register of the organisation, by name. */
export async function listMitarbeiter(k: Kontext) {
  requireAccess(k, 'personal', 'lesen');
  const heute = heuteInBerlin();
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const org = k.auth.organisation.id;
    const personen = await tx
      .select()
      .from(mitarbeiter)
      .where(eq(mitarbeiter.organisationId, org))
      .orderBy(asc(mitarbeiter.name));
    const vk = await tx.select().from(mitarbeiterVk).where(eq(mitarbeiterVk.organisationId, org));
    return personen.map((p) =>
      mitarbeiterDto(
        p,
        vk.filter((v) => v.mitarbeiterId === p.id),
        heute,
      ),
    );
  });
}
