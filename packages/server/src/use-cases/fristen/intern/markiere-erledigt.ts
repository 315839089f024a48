import { type Db, frist } from '@hilfewerk/db';
import { eq, sql } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import { schreibeAudit } from '../../../audit/schreibe-audit.ts';

export interface Erledigung {
  /** The day the deadline was met (ISO), not after today. */
  erledigtAm: string;
  /** What met it, e.g. "Bericht per E-Mail an das Jugendamt". */
  nachweis: string;
}

/** Marks one deadline met and writes its audit row, in the caller's transaction. */
export async function markiereErledigt(
  tx: Db,
  k: Pick<Kontext, 'auth' | 'ip'>,
  f: { id: string; fallId: string },
  e: Erledigung,
  ereignisId?: string,
): Promise<void> {
  await tx
    .update(frist)
    .set({
      status: 'erledigt',
      erledigtAm: e.erledigtAm,
      erledigtVon: k.auth.benutzer.id,
      nachweis: e.nachweis,
      erledigtDurch: ereignisId ?? null,
      geaendertAm: sql`now()`,
    })
    .where(eq(frist.id, f.id));
  await schreibeAudit(tx, k, {
    aktion: 'erledigen',
    ressource: 'frist',
    ressourceId: f.id,
    fallId: f.fallId,
    ...(ereignisId ? { ereignisId } : {}),
  });
}
