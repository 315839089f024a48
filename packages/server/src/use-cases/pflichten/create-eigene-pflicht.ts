import type { NeueEigenePflicht } from '@hilfewerk/api';
import { eigenePflicht } from '@hilfewerk/db';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { aktualisiereOrganisationsfristen } from '../fristen/intern/aktualisiere-organisationsfristen.ts';
import { heute as heuteInBerlin } from '../fristen/intern/heute.ts';
import { eigenePflichtDto, pruefeRhythmus } from './intern/eigene-pflicht-dto.ts';

/**
 * The Leitung sets a recurring duty of its own (team supervision every 6 weeks): its deadlines appear among
 * the organisation deadlines at once. The audit row names the fields, not the free texts.
 */
export async function createEigenePflicht(k: Kontext, e: NeueEigenePflicht) {
  requireAccess(k, 'eigenePflicht', 'anlegen');
  const alleWochen = e.alleWochen ?? null;
  pruefeRhythmus({ titel: e.titel, rhythmus: e.rhythmus, alleWochen, erstmals: e.erstmals });
  const heute = heuteInBerlin();
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [neu] = await tx
      .insert(eigenePflicht)
      .values({
        organisationId: k.auth.organisation.id,
        titel: e.titel,
        rhythmus: e.rhythmus,
        alleWochen,
        erstmals: e.erstmals,
        hinweis: e.hinweis || null,
        erstelltVon: k.auth.benutzer.id,
      })
      .returning();
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'eigenePflicht',
      ressourceId: neu.id,
      felder: ['titel', 'rhythmus', 'alleWochen', 'erstmals', 'hinweis'],
    });
    await aktualisiereOrganisationsfristen(tx, k.auth.organisation.id, heute);
    return eigenePflichtDto(neu);
  });
}
