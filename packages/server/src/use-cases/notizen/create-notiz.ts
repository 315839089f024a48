import { randomUUID } from 'node:crypto';
import type { neueNotiz } from '@hilfewerk/api';
import { benutzer, notiz } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';
import { notizDto } from './intern/notiz-dto.ts';

/** As the route's schema in @hilfewerk/api parses it. */
export type NeueNotiz = z.infer<typeof neueNotiz>;

export async function createNotiz(k: Kontext, fallId: string, eingabe: NeueNotiz) {
  const umfang = requireAccess(k, eingabe.besondereKategorie ? 'notizBesondere' : 'notiz', 'anlegen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeFall(tx, k, umfang, fallId);
    const id = randomUUID();
    await tx.insert(notiz).values({
      id,
      organisationId: k.auth.organisation.id,
      fallId,
      text: eingabe.text,
      besondereKategorie: eingabe.besondereKategorie ?? false,
      autorId: k.auth.benutzer.id,
    });
    await schreibeAudit(tx, k, { aktion: 'anlegen', ressource: 'notiz', ressourceId: id, fallId });
    const [z] = await tx
      .select({ n: notiz, autor: benutzer.name })
      .from(notiz)
      .leftJoin(benutzer, eq(benutzer.id, notiz.autorId))
      .where(eq(notiz.id, id));
    return notizDto(z.n, z.autor);
  });
}
