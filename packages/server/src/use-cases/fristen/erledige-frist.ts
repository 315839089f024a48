import { type Db, fall, frist } from '@hilfewerk/db';
import { and, eq, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { NichtGefunden, Ungueltig } from '../../fehler.ts';
import { schreibeAudit } from '../../plugins/audit.ts';
import { fallImUmfang } from '../faelle/fall-umfang.ts';
import { ladeFristen } from './frist-dto.ts';
import { heute as heuteInBerlin } from './heute.ts';

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

/** POST /api/fristen/:id/erledigen — the deadline of a case in the user's scope, else 404. */
export async function erledigeFrist(k: Kontext, fristId: string, e: Erledigung) {
  const umfang = requireAccess(k, 'frist', 'aendern');
  const heute = heuteInBerlin();
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [z] = await tx
      .select({ id: frist.id, fallId: frist.fallId, status: frist.status })
      .from(frist)
      .innerJoin(fall, eq(fall.id, frist.fallId))
      .where(and(eq(frist.id, fristId), fallImUmfang(k, umfang)));
    if (!z) throw new NichtGefunden('Die Frist');
    if (z.status === 'erledigt') {
      throw new Ungueltig({}, 'Diese Frist ist bereits als erledigt vermerkt.');
    }
    if (z.status === 'entfallen') {
      throw new Ungueltig(
        {},
        'Diese Frist ist entfallen (die Hilfe ist beendet oder der Anlass weggefallen).',
      );
    }
    if (e.erledigtAm > heute) {
      throw new Ungueltig({
        erledigtAm: 'Das Datum liegt in der Zukunft. Bitte den Tag angeben, an dem die Frist erfüllt wurde.',
      });
    }
    await markiereErledigt(tx, k, z, e);
    const [dto] = await ladeFristen(tx, eq(frist.id, z.id), heute);
    return dto;
  });
}
