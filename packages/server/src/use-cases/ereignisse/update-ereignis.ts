import type { ereignisKorrektur } from '@hilfewerk/api';
import { benutzer, type Db, ereignis, frist, hilfe } from '@hilfewerk/db';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { wertAenderungen } from '../../audit/werte.ts';
import { Konflikt, NichtGefunden, Ungueltig } from '../../fehler.ts';
import { ereignisDto } from '../faelle/intern/fall-akte.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';
import { aktualisiereFristenDesFalls } from '../fristen/intern/aktualisiere-fristen.ts';
import { erledigeDurchEreignis } from '../fristen/intern/erledige-durch-ereignis.ts';

/** As the route's schema in @hilfewerk/api parses it. */
export type EreignisKorrektur = z.infer<typeof ereignisKorrektur>;

async function ladeEreignis(tx: Db, fallId: string, ereignisId: string) {
  const [z] = await tx
    .select({ e: ereignis, name: benutzer.name })
    .from(ereignis)
    .leftJoin(benutzer, eq(benutzer.id, ereignis.erfasstVon))
    .where(and(eq(ereignis.id, ereignisId), eq(ereignis.fallId, fallId)));
  if (!z) throw new NichtGefunden('Das Ereignis');
  return z;
}

/**
 * PATCH /api/faelle/:id/ereignisse/:ereignisId — corrects a recorded event (a mistyped date, the wrong
 * kind or Hilfe, the note) if `version` is still current. The audit row names the changed fields. When
 * a fact that deadlines follow changed (kind, date, Hilfe, "bekannt seit"), the deadlines follow in the
 * same transaction: a deadline this event had met is reopened, the case's deadlines are derived again
 * (a deadline counted from this event moves with it), and the corrected event meets what it now meets.
 */
export async function updateEreignis(
  k: Kontext,
  fallId: string,
  ereignisId: string,
  eingabe: EreignisKorrektur,
) {
  const umfang = requireAccess(k, 'ereignis', 'aendern');
  const { version, ...werte } = eingabe;
  const felder = Object.keys(werte).filter((f) => werte[f as keyof typeof werte] !== undefined);
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeFall(tx, k, umfang, fallId);
    const vorher = await ladeEreignis(tx, fallId, ereignisId);
    if (werte.hilfeId) {
      const [h] = await tx
        .select({ id: hilfe.id })
        .from(hilfe)
        .where(and(eq(hilfe.id, werte.hilfeId), eq(hilfe.fallId, fallId)));
      if (!h) throw new Ungueltig({ hilfeId: 'Diese Hilfe gehört nicht zu diesem Fall.' });
    }
    const [neu] = await tx
      .update(ereignis)
      .set({
        art: werte.art,
        datum: werte.datum,
        hilfeId: werte.hilfeId,
        bekanntSeit: werte.bekanntSeit,
        notiz: werte.notiz,
        version: sql`${ereignis.version} + 1`,
      })
      .where(and(eq(ereignis.id, ereignisId), eq(ereignis.fallId, fallId), eq(ereignis.version, version)))
      .returning();
    if (!neu) throw new Konflikt(ereignisDto(vorher.e, true, vorher.name));
    await schreibeAudit(tx, k, {
      aktion: 'aendern',
      ressource: 'ereignis',
      ressourceId: ereignisId,
      fallId,
      felder,
      werte: wertAenderungen('ereignis', vorher.e, neu, felder),
    });

    const alt = vorher.e;
    const fristenFolgen =
      neu.art !== alt.art ||
      neu.datum !== alt.datum ||
      neu.hilfeId !== alt.hilfeId ||
      neu.bekanntSeit !== alt.bekanntSeit;
    if (fristenFolgen) {
      await tx
        .update(frist)
        .set({
          status: 'offen',
          erledigtAm: null,
          erledigtVon: null,
          nachweis: null,
          erledigtDurch: null,
          geaendertAm: sql`now()`,
        })
        .where(eq(frist.erledigtDurch, ereignisId));
      await aktualisiereFristenDesFalls(tx, fallId);
      await erledigeDurchEreignis(tx, k, neu);
    }
    return ereignisDto(neu, true, vorher.name);
  });
}
