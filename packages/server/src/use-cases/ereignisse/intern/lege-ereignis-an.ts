import { randomUUID } from 'node:crypto';
import { type Db, type EREIGNIS_ARTEN, ereignis } from '@hilfewerk/db';
import type { Kontext } from '../../../access/kontext.ts';
import { schreibeAudit } from '../../../audit/schreibe-audit.ts';
import { aktualisiereFristenDesFalls } from '../../fristen/intern/aktualisiere-fristen.ts';
import { erledigeDurchEreignis } from '../../fristen/intern/erledige-durch-ereignis.ts';

export interface EreignisDaten {
  fallId: string;
  hilfeId: string | null;
  art: (typeof EREIGNIS_ARTEN)[number];
  datum: string;
  bekanntSeit?: string | null;
  notiz?: string | null;
}

/**
 * Writes one timeline event inside the caller's transaction, after the caller checked access and input: the
 * row, its audit row, and the deadlines that follow from it (new ones, and the open one it meets). Shared by
 * the timeline itself and by use cases whose record is also such an event (a crisis), so both give the same
 * deadlines and the same audit trail.
 */
export async function legeEreignisAn(tx: Db, k: Kontext, e: EreignisDaten): Promise<string> {
  const id = randomUUID();
  await tx.insert(ereignis).values({
    id,
    organisationId: k.auth.organisation.id,
    fallId: e.fallId,
    hilfeId: e.hilfeId,
    art: e.art,
    datum: e.datum,
    bekanntSeit: e.bekanntSeit ?? null,
    notiz: e.notiz ?? null,
    erfasstVon: k.auth.benutzer.id,
  });
  await schreibeAudit(tx, k, { aktion: 'anlegen', ressource: 'ereignis', ressourceId: id, fallId: e.fallId });
  await aktualisiereFristenDesFalls(tx, e.fallId);
  await erledigeDurchEreignis(tx, k, {
    id,
    fallId: e.fallId,
    hilfeId: e.hilfeId,
    art: e.art,
    datum: e.datum,
  });
  return id;
}
