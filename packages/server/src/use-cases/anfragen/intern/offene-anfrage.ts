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
 * 404 when it is not that side's, 409 when it is no longer open — an answer is given once. RLS lets each side
 * update (and so lock) only open requests; an answered one is read without a lock to say why.
 */
export async function sperreOffeneAnfrage(
  tx: Db,
  id: string,
  seite: { organisationId: string } | { jugendamtId: string },
) {
  const lese = () =>
    tx
      .select()
      .from(anfrage)
      .where(
        and(
          eq(anfrage.id, id),
          'organisationId' in seite
            ? eq(anfrage.organisationId, seite.organisationId)
            : eq(anfrage.jugendamtId, seite.jugendamtId),
        ),
      );
  const [offen] = await lese().for('update');
  if (offen) return offen;
  const [a] = await lese();
  if (!a) throw new NichtGefunden('Die Anfrage');
  throw new Zustandskonflikt(
    a.status === 'offen' ? 'Die Anfrage ist gerade in Bearbeitung.' : STATUS_TEXT[a.status],
  );
}
