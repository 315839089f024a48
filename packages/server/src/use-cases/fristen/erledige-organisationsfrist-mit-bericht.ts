import { randomUUID } from 'node:crypto';
import { erledigungMitBericht } from '@hilfewerk/api';
import { dokument } from '@hilfewerk/db';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Ungueltig } from '../../fehler.ts';
import { dateiname, KEINE_DATEI, pruefeDatei } from '../dokumente/intern/pruefe-datei.ts';
import { aktualisiereOrganisationsfristen } from './intern/aktualisiere-organisationsfristen.ts';
import { heute as heuteInBerlin } from './intern/heute.ts';
import { markiereOrganisationsfristErledigt } from './intern/markiere-organisationsfrist.ts';
import { organisationsfristDto } from './intern/organisationsfrist-dto.ts';

/** The multipart form as the route read it: text fields and the file `datei`. */
export interface BerichtFormular {
  felder: Record<string, string>;
  datei?: { name: string; inhalt: Buffer };
}

/**
 * Marks an organisation deadline met and attaches its report (the QE report, the rota sent to the fire
 * brigade, a conference's minutes) in one transaction: both or neither. The file goes through the same checks
 * as a case document (10 MB, type from the content); it belongs to the deadline, not to a case. `lies` reads
 * the body only after the permission check. Audited with ids and size, never the file's name or content.
 */
export async function erledigeOrganisationsfristMitBericht(
  k: Kontext,
  id: string,
  lies: () => Promise<BerichtFormular>,
) {
  requireAccess(k, 'organisationsfrist', 'aendern');
  requireAccess(k, 'organisationsfristBericht', 'anlegen');
  const { felder, datei } = await lies();
  const fehler: Record<string, string> = {};
  const eingabe = erledigungMitBericht.safeParse({
    erledigtAm: felder.erledigtAm,
    nachweis: felder.nachweis || undefined,
  });
  if (!eingabe.success) {
    for (const i of eingabe.error.issues) fehler[String(i.path[0])] ??= i.message;
  }
  if (!datei || datei.inhalt.length === 0) fehler.datei = KEINE_DATEI;
  if (!eingabe.success || !datei || Object.keys(fehler).length > 0) throw new Ungueltig(fehler);
  const { mime } = pruefeDatei(datei.inhalt);
  const heute = heuteInBerlin();

  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const name = dateiname(datei.name);
    const neu = await markiereOrganisationsfristErledigt(
      tx,
      k,
      id,
      {
        erledigtAm: eingabe.data.erledigtAm,
        nachweis: eingabe.data.nachweis || `Bericht angehängt (${name})`,
      },
      heute,
    );
    const dokumentId = randomUUID();
    await tx.insert(dokument).values({
      id: dokumentId,
      organisationId: k.auth.organisation.id,
      organisationsfristId: id,
      name,
      art: 'bericht',
      mime,
      groesse: datei.inhalt.length,
      inhalt: datei.inhalt,
      hochgeladenVon: k.auth.benutzer.id,
    });
    await schreibeAudit(tx, k, {
      aktion: 'erledigen',
      ressource: 'organisationsfrist',
      ressourceId: id,
      dokumentId,
    });
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'dokument',
      ressourceId: dokumentId,
      organisationsfristId: id,
      groesse: datei.inhalt.length,
    });
    await aktualisiereOrganisationsfristen(tx, k.auth.organisation.id, heute);
    return organisationsfristDto(neu, heute, { id: dokumentId, name, mime, groesse: datei.inhalt.length });
  });
}
