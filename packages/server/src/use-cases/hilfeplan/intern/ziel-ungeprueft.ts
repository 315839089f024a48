import { type Db, hilfeplanTermin, hilfeplanZiel } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import { NichtGefunden, Zustandskonflikt } from '../../../fehler.ts';

/**
 * A goal of this Jugendamt's Hilfeplan that no HPG has reviewed yet — neither it nor one of its sub-goals.
 * A reviewed goal is part of the record of the Hilfeplan: changing or removing it would rewrite what the
 * review referred to, so it answers 409. Another Jugendamt's goal, or an unknown one, is 404.
 */
export async function ladeUngeprueftesZiel(tx: Db, k: Kontext, id: string) {
  const [ziel] = await tx
    .select()
    .from(hilfeplanZiel)
    .where(and(eq(hilfeplanZiel.id, id), eq(hilfeplanZiel.jugendamtId, k.auth.organisation.id)))
    .for('update');
  if (!ziel) throw new NichtGefunden('Das Ziel');
  const betroffen = new Set([
    ziel.id,
    ...(
      await tx
        .select({ id: hilfeplanZiel.id })
        .from(hilfeplanZiel)
        .where(and(eq(hilfeplanZiel.hilfeId, ziel.hilfeId), eq(hilfeplanZiel.oberzielId, ziel.id)))
    ).map((t) => t.id),
  ]);
  const termine = await tx
    .select({ zielpruefung: hilfeplanTermin.zielpruefung })
    .from(hilfeplanTermin)
    .where(eq(hilfeplanTermin.hilfeId, ziel.hilfeId));
  if (termine.some((t) => t.zielpruefung.some((p) => betroffen.has(p.zielId)))) {
    throw new Zustandskonflikt(
      ziel.oberzielId
        ? 'Das Teilziel wurde in einem Hilfeplangespräch bereits überprüft und bleibt deshalb unverändert.'
        : 'Das Ziel (oder eines seiner Teilziele) wurde in einem Hilfeplangespräch bereits überprüft und bleibt deshalb unverändert.',
    );
  }
  return { ziel, teilziele: [...betroffen].filter((z) => z !== ziel.id) };
}
