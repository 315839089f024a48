import { randomUUID } from 'node:crypto';
import { hilfe } from '@hilfewerk/db';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { ladeHilfe } from '../faelle/intern/fall-akte.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';
import { aktualisiereFristen } from '../fristen/intern/aktualisiere-fristen.ts';
import { type HilfeWerte, pruefeHilfe } from './intern/pruefe-hilfe.ts';

export async function createHilfe(k: Kontext, fallId: string, eingabe: HilfeWerte) {
  const umfang = requireAccess(k, 'hilfe', 'anlegen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeFall(tx, k, umfang, fallId);
    await pruefeHilfe(tx, eingabe, { fallId });
    const id = randomUUID();
    await tx.insert(hilfe).values({
      id,
      organisationId: k.auth.organisation.id,
      fallId,
      leistung: eingabe.leistung,
      variante: eingabe.variante ?? null,
      rechtsgrundlage: eingabe.rechtsgrundlage.trim(),
      jugendamtId: eingabe.jugendamtId,
      aktenzeichenJugendamt: eingabe.aktenzeichenJugendamt ?? null,
      beginn: eingabe.beginn,
      geplantesEnde: eingabe.geplantesEnde ?? null,
      tatsaechlichesEnde: eingabe.tatsaechlichesEnde ?? null,
      endegrund: eingabe.endegrund ?? null,
      ausnahmeBegruendung: eingabe.ausnahmeBegruendung ?? null,
      vorgaengerHilfeId: eingabe.vorgaengerHilfeId ?? null,
      herkunft: eingabe.herkunft ?? null,
      herkunftText: eingabe.herkunftText ?? null,
      zusatzleistungen: eingabe.zusatzleistungen ?? [],
      berichtsintervallMonate: eingabe.berichtsintervallMonate ?? null,
    });
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'hilfe',
      ressourceId: id,
      felder: Object.keys(eingabe),
    });
    await aktualisiereFristen(tx, id);
    return ladeHilfe(tx, id);
  });
}
