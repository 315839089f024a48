import { organisation } from '@hilfewerk/db';
import { asc, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';

export async function listJugendaemter(k: Kontext) {
  requireAccess(k, 'jugendamt', 'lesen');
  return k.db.withTx(txKontext(k.auth), (tx) =>
    tx
      .select({ id: organisation.id, name: organisation.name, bundesland: organisation.bundesland })
      .from(organisation)
      .where(eq(organisation.art, 'jugendamt'))
      .orderBy(asc(organisation.name)),
  );
}
