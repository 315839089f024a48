import { dokument } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';
import { dokumentZeilen } from './intern/dokument-dto.ts';

/** The documents of a case, oldest first, without their content (listing them reads no file: not audited). */
export async function listDokumente(k: Kontext, fallId: string) {
  const umfang = requireAccess(k, 'dokument', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeFall(tx, k, umfang, fallId);
    return dokumentZeilen(
      tx,
      and(eq(dokument.organisationId, k.auth.organisation.id), eq(dokument.fallId, fallId)),
    );
  });
}
