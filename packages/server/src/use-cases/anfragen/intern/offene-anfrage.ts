import { anfrage, type Db } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import { NichtGefunden, Zustandskonflikt } from '../../../fehler.ts';

const STATUS_TEXT = {
  zugesagt: 'Diese Anfrage ist bereits zugesagt.',
  abgesagt: 'Diese Anfrage ist bereits abgesagt.',
  zurueckgezogen: 'Das Jugendamt hat diese Anfrage zurückgezogen.',
} as const;

/**
 * Locks a request of one side for its answer (`seite`: the provider's organisation or the Jugendamt's id):
 * 404 when it is not that side's, 409 when it is no longer open — an answer is given once.
 */
export async function sperreOffeneAnfrage(
  tx: Db,
  id: string,
  seite: { organisationId: string } | { jugendamtId: string },
) {
  const [a] = await tx
    .select()
    .from(anfrage)
    .where(
      and(
        eq(anfrage.id, id),
        'organisationId' in seite
          ? eq(anfrage.organisationId, seite.organisationId)
          : eq(anfrage.jugendamtId, seite.jugendamtId),
      ),
    )
    .for('update');
  if (!a) throw new NichtGefunden('Die Anfrage');
  if (a.status !== 'offen') throw new Zustandskonflikt(STATUS_TEXT[a.status]);
  return a;
}
