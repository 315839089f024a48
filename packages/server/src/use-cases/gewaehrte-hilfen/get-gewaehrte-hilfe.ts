import { hilfe } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { NichtGefunden } from '../../fehler.ts';
import { heute } from '../fristen/intern/heute.ts';
import { ladeGewaehrteHilfen } from './intern/gewaehrte-hilfe-dto.ts';

/** GET /api/gewaehrte-hilfen/:id — one granted Hilfe with all its deadlines owed to the Jugendamt; else 404. */
export async function getGewaehrteHilfe(k: Kontext, id: string) {
  requireAccess(k, 'gewaehrteHilfe', 'lesen');
  const tag = heute();
  const [h] = await k.db.withTx(txKontext(k.auth), (tx) =>
    ladeGewaehrteHilfen(tx, k.auth.organisation.id, tag, eq(hilfe.id, id)),
  );
  if (!h) throw new NichtGefunden('Die Hilfe');
  return { ...h, heute: tag };
}
