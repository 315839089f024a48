import type { MitarbeiterAenderung } from '@hilfewerk/api';
import { benutzer, mitarbeiter, mitarbeiterVk } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Konflikt, NichtGefunden, Ungueltig } from '../../fehler.ts';
import { katalogEintrag } from '../../katalog.ts';
import { heute as heuteInBerlin } from '../fristen/intern/heute.ts';
import { mitarbeiterDto, vkListe } from './intern/mitarbeiter-dto.ts';

const FELDER = [
  'name',
  'benutzerId',
  'qualifikation',
  'funktion',
  'berufsjahre',
  'leistung',
  'eintritt',
  'austritt',
  'fuehrungszeugnisAm',
] as const;

/**
 * Changes a person's record: qualification, function, contract dates, the § 72a certificate. The VK
 * history keeps its own dated entries (setzeVk); the entry that opened it moves with the day of entry,
 * so the register never counts VK before someone started. The audit row names the changed fields only.
 */
export async function updateMitarbeiter(k: Kontext, id: string, e: MitarbeiterAenderung) {
  requireAccess(k, 'personal', 'aendern');
  const heute = heuteInBerlin();
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const org = k.auth.organisation.id;
    const diese = and(eq(mitarbeiter.id, id), eq(mitarbeiter.organisationId, org));
    const [p] = await tx.select().from(mitarbeiter).where(diese).for('update');
    if (!p) throw new NichtGefunden('Die Person');
    const vkZeilen = await tx
      .select()
      .from(mitarbeiterVk)
      .where(and(eq(mitarbeiterVk.mitarbeiterId, id), eq(mitarbeiterVk.organisationId, org)));
    if (p.version !== e.version) throw new Konflikt(mitarbeiterDto(p, vkZeilen, heute));

    const felder: Record<string, string> = {};
    if (!katalogEintrag(e.leistung)) felder.leistung = 'Bitte eine Leistung aus dem Katalog wählen.';
    if (e.austritt && e.austritt < e.eintritt) felder.austritt = 'Der Austritt liegt vor dem Eintritt.';
    if (e.fuehrungszeugnisAm && e.fuehrungszeugnisAm > heute) {
      felder.fuehrungszeugnisAm = 'Das Führungszeugnis kann nicht in der Zukunft vorgelegt worden sein.';
    }
    const verlauf = vkListe(vkZeilen);
    // Later VK changes must stay inside the contract: the first entry moves with the entry day.
    if (verlauf.slice(1).some((v) => v.ab <= e.eintritt)) {
      felder.eintritt =
        'Nach dem neuen Eintritt lägen frühere VK-Änderungen davor; bitte zuerst den VK prüfen.';
    }
    if (e.austritt && !felder.austritt && verlauf.some((v) => v.ab > (e.austritt as string))) {
      felder.austritt = 'Nach diesem Austritt ist noch eine VK-Änderung eingetragen.';
    }
    if (e.benutzerId) {
      const [b] = await tx
        .select({ id: benutzer.id })
        .from(benutzer)
        .where(and(eq(benutzer.id, e.benutzerId), eq(benutzer.organisationId, org)));
      if (!b) felder.benutzerId = 'Diesen Zugang gibt es in Ihrer Organisation nicht.';
    }
    if (Object.keys(felder).length > 0) throw new Ungueltig(felder);

    // Without `benutzerId` the link to a login stays as it is (the form does not show it).
    const benutzerId = e.benutzerId === undefined ? p.benutzerId : e.benutzerId;
    const geaendert = FELDER.filter((f) =>
      f === 'benutzerId' ? benutzerId !== p.benutzerId : (e[f] ?? null) !== (p[f] ?? null),
    );
    const { version: _v, ...werte } = e;
    const [neu] = await tx
      .update(mitarbeiter)
      .set({
        ...werte,
        benutzerId,
        berufsjahre: e.berufsjahre ?? null,
        austritt: e.austritt ?? null,
        fuehrungszeugnisAm: e.fuehrungszeugnisAm ?? null,
        version: p.version + 1,
      })
      .where(diese)
      .returning();
    const erster = vkZeilen.find((v) => v.ab === verlauf[0]?.ab);
    if (erster && erster.ab !== e.eintritt) {
      await tx
        .update(mitarbeiterVk)
        .set({ ab: e.eintritt })
        .where(and(eq(mitarbeiterVk.id, erster.id), eq(mitarbeiterVk.organisationId, org)));
      erster.ab = e.eintritt;
    }
    await schreibeAudit(tx, k, {
      aktion: 'aendern',
      ressource: 'mitarbeiter',
      ressourceId: id,
      felder: geaendert,
    });
    return mitarbeiterDto(neu, vkZeilen, heute);
  });
}
