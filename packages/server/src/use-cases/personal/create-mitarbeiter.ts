import { benutzer, mitarbeiter, mitarbeiterVk } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Ungueltig } from '../../fehler.ts';
import { katalogEintrag } from '../../katalog.ts';
import { heute as heuteInBerlin } from '../fristen/intern/heute.ts';
import { mitarbeiterDto } from './intern/mitarbeiter-dto.ts';

export interface NeuerMitarbeiter {
  name: string;
  benutzerId?: string | null;
  qualifikation: 'sozialpaedagogik' | 'erziehung' | 'semiprofessionell';
  funktion: 'betreuung' | 'leitung';
  berufsjahre?: number | null;
  leistung: string;
  eintritt: string;
  austritt?: string | null;
  /** VK from the day of entry. */
  vk: number;
  fuehrungszeugnisAm?: string | null;
}

/** Adds a person to the staff register with the VK they start with. */
export async function createMitarbeiter(k: Kontext, e: NeuerMitarbeiter) {
  requireAccess(k, 'personal', 'anlegen');
  const heute = heuteInBerlin();
  const felder: Record<string, string> = {};
  if (!katalogEintrag(e.leistung)) felder.leistung = 'Bitte eine Leistung aus dem Katalog wählen.';
  if (e.austritt && e.austritt < e.eintritt) felder.austritt = 'Der Austritt liegt vor dem Eintritt.';
  if (e.fuehrungszeugnisAm && e.fuehrungszeugnisAm > heute) {
    felder.fuehrungszeugnisAm = 'Das Führungszeugnis kann nicht in der Zukunft vorgelegt worden sein.';
  }
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    if (e.benutzerId) {
      const [b] = await tx
        .select({ id: benutzer.id })
        .from(benutzer)
        .where(and(eq(benutzer.id, e.benutzerId), eq(benutzer.organisationId, k.auth.organisation.id)));
      if (!b) felder.benutzerId = 'Diesen Zugang gibt es in Ihrer Organisation nicht.';
    }
    if (Object.keys(felder).length > 0) throw new Ungueltig(felder);
    const { vk, ...person } = e;
    const [neu] = await tx
      .insert(mitarbeiter)
      .values({ ...person, organisationId: k.auth.organisation.id })
      .returning();
    const [erster] = await tx
      .insert(mitarbeiterVk)
      .values({ organisationId: neu.organisationId, mitarbeiterId: neu.id, ab: e.eintritt, vk: String(vk) })
      .returning();
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'mitarbeiter',
      ressourceId: neu.id,
      felder: Object.keys(e).sort(),
    });
    return mitarbeiterDto(neu, [erster], heute);
  });
}
