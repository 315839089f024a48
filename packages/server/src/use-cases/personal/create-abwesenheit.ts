import type { AbwesenheitEingabe } from '@hilfewerk/api';
import { abwesenheit, mitarbeiter } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { NichtGefunden, Ungueltig } from '../../fehler.ts';
import { abwesenheitenMitFaellen } from './intern/abwesenheit-dto.ts';

/**
 * Records leave or illness of a person, with the colleague standing in for their cases. Absences of one
 * person do not overlap; the stand-in is another person of the register, employed at the time. The
 * answer lists the cases still without a responsible person, so the form can warn at once.
 */
export async function createAbwesenheit(k: Kontext, mitarbeiterId: string, e: AbwesenheitEingabe) {
  requireAccess(k, 'personal', 'aendern');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const org = k.auth.organisation.id;
    const [person] = await tx
      .select()
      .from(mitarbeiter)
      .where(and(eq(mitarbeiter.id, mitarbeiterId), eq(mitarbeiter.organisationId, org)))
      .for('update');
    if (!person) throw new NichtGefunden('Die Person');
    const felder: Record<string, string> = {};
    if (e.bis < e.von) felder.bis = 'Das Ende liegt vor dem Beginn.';
    else if (e.von < person.eintritt || (person.austritt && e.bis > person.austritt)) {
      felder.von = 'Die Person ist in dieser Zeit nicht beschäftigt.';
    } else {
      const eigene = await tx
        .select()
        .from(abwesenheit)
        .where(and(eq(abwesenheit.organisationId, org), eq(abwesenheit.mitarbeiterId, mitarbeiterId)));
      if (eigene.some((a) => a.von <= e.bis && e.von <= a.bis)) {
        felder.von = 'In dieser Zeit ist bereits eine Abwesenheit eingetragen.';
      }
    }
    if (e.vertretungId) {
      const [v] = await tx
        .select()
        .from(mitarbeiter)
        .where(and(eq(mitarbeiter.id, e.vertretungId), eq(mitarbeiter.organisationId, org)));
      if (!v) felder.vertretungId = 'Diese Person steht nicht im Personalverzeichnis.';
      else if (v.id === mitarbeiterId) felder.vertretungId = 'Niemand vertritt sich selbst.';
      else if (v.eintritt > e.von || (v.austritt && v.austritt < e.bis)) {
        felder.vertretungId = 'Die Vertretung ist in dieser Zeit nicht beschäftigt.';
      }
    }
    if (Object.keys(felder).length > 0) throw new Ungueltig(felder);
    const [neu] = await tx
      .insert(abwesenheit)
      .values({
        organisationId: org,
        mitarbeiterId,
        art: e.art,
        von: e.von,
        bis: e.bis,
        vertretungId: e.vertretungId ?? null,
      })
      .returning();
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'abwesenheit',
      ressourceId: neu.id,
      mitarbeiterId,
    });
    const [dto] = await abwesenheitenMitFaellen(tx, org, [neu]);
    return dto;
  });
}
