import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladeVereinbarungenDesJugendamts, traegerbudgetDto } from './intern/vereinbarungen.ts';

/** The Fachcontrolling's start: every Trägerbudget its Jugendamt agreed with a provider. */
export async function listTraegerbudgets(k: Kontext) {
  requireAccess(k, 'traegerbudget', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) =>
    (await ladeVereinbarungenDesJugendamts(tx, k)).map(traegerbudgetDto),
  );
}
