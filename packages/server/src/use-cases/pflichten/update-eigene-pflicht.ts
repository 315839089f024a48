import type { EigenePflichtAenderung } from '@hilfewerk/api';
import { eigenePflicht, organisationsfrist } from '@hilfewerk/db';
import { eigeneRegel } from '@hilfewerk/rules';
import { and, eq, sql } from 'drizzle-orm';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Konflikt, NichtGefunden, Ungueltig } from '../../fehler.ts';
import { aktualisiereOrganisationsfristen } from '../fristen/intern/aktualisiere-organisationsfristen.ts';
import { heute as heuteInBerlin } from '../fristen/intern/heute.ts';
import { eigenePflichtDto, pruefeRhythmus } from './intern/eigene-pflicht-dto.ts';

const FELDER = ['titel', 'rhythmus', 'alleWochen', 'erstmals', 'hinweis'] as const;

/**
 * Changes an own duty. Met deadlines stay as met; open ones take the new title, and those the new rhythm no
 * longer gives lapse (`entfallen`) as the refresh finds them. A stopped duty is not changed any more.
 */
export async function updateEigenePflicht(k: Kontext, id: string, e: EigenePflichtAenderung) {
  requireAccess(k, 'eigenePflicht', 'aendern');
  const alleWochen = e.alleWochen ?? null;
  pruefeRhythmus({ titel: e.titel, rhythmus: e.rhythmus, alleWochen, erstmals: e.erstmals });
  const heute = heuteInBerlin();
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const org = k.auth.organisation.id;
    const diese = and(eq(eigenePflicht.id, id), eq(eigenePflicht.organisationId, org));
    const [p] = await tx.select().from(eigenePflicht).where(diese).for('update');
    if (!p) throw new NichtGefunden('Die Pflicht');
    if (p.version !== e.version) throw new Konflikt(eigenePflichtDto(p));
    if (p.beendetAm) throw new Ungueltig({}, 'Diese Pflicht ist beendet und wird nicht mehr geändert.');
    const neuWerte = {
      titel: e.titel,
      rhythmus: e.rhythmus,
      alleWochen,
      erstmals: e.erstmals,
      hinweis: e.hinweis || null,
    };
    const geaendert = FELDER.filter((f) => (neuWerte[f] ?? null) !== (p[f] ?? null));
    const [neu] = await tx
      .update(eigenePflicht)
      .set({ ...neuWerte, version: sql`${eigenePflicht.version} + 1` })
      .where(diese)
      .returning();
    await tx
      .update(organisationsfrist)
      .set({ bezeichnung: neu.titel })
      .where(
        and(
          eq(organisationsfrist.organisationId, org),
          eq(organisationsfrist.regel, eigeneRegel(id)),
          eq(organisationsfrist.status, 'offen'),
        ),
      );
    await schreibeAudit(tx, k, {
      aktion: 'aendern',
      ressource: 'eigenePflicht',
      ressourceId: id,
      felder: geaendert,
    });
    await aktualisiereOrganisationsfristen(tx, org, heute);
    return eigenePflichtDto(neu);
  });
}
