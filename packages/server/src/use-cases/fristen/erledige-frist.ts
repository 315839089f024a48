import { fall, frist } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { NichtGefunden, Ungueltig } from '../../fehler.ts';
import { fallImUmfang } from '../faelle/intern/fall-umfang.ts';
import { ladeFristen } from './intern/frist-dto.ts';
import { heute as heuteInBerlin } from './intern/heute.ts';
import { type Erledigung, markiereErledigt } from './intern/markiere-erledigt.ts';

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
