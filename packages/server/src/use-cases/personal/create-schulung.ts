import type { schulungEingabe } from '@hilfewerk/api';
import { mitarbeiter, mitarbeiterSchulung } from '@hilfewerk/db';
import { datumDe } from '@hilfewerk/rules/tag';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { NichtGefunden, Ungueltig } from '../../fehler.ts';
import { heute } from '../fristen/intern/heute.ts';
import { schulungsstaende } from './intern/schulungsstand.ts';

/** POST /api/personal/:id/schulungen: a training attended (not in the future); answers the person's new stand. */
export async function createSchulung(k: Kontext, id: string, e: z.infer<typeof schulungEingabe>) {
  requireAccess(k, 'personal', 'anlegen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const org = k.auth.organisation.id;
    const [p] = await tx
      .select({ id: mitarbeiter.id })
      .from(mitarbeiter)
      .where(and(eq(mitarbeiter.organisationId, org), eq(mitarbeiter.id, id)));
    if (!p) throw new NichtGefunden('Die Person');
    const stichtag = heute();
    const felder: Record<string, string> = {};
    if (e.datum > stichtag)
      felder.datum = `Eine besuchte Schulung liegt nicht in der Zukunft; spätestens heute (${datumDe(stichtag)}).`;
    if (e.art === 'sonstige' && !e.titel?.trim()) felder.titel = 'Bitte das Thema der Schulung angeben.';
    if (Object.keys(felder).length > 0) throw new Ungueltig(felder);
    const [s] = await tx
      .insert(mitarbeiterSchulung)
      .values({
        organisationId: org,
        mitarbeiterId: id,
        art: e.art,
        titel: e.titel?.trim() || null,
        datum: e.datum,
        anbieter: e.anbieter,
      })
      .returning({ id: mitarbeiterSchulung.id });
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'mitarbeiterSchulung',
      ressourceId: s.id,
      mitarbeiterId: id,
      felder: ['art', 'datum', 'anbieter', ...(e.titel ? ['titel'] : [])],
    });
    const [stand] = await schulungsstaende(tx, org, stichtag, id);
    return stand;
  });
}
