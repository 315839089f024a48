import { type Db, organisation } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import { Ungueltig } from '../../../fehler.ts';
import { katalog, katalogEintrag } from '../../../katalog.ts';
import { pruefeHilfedauer } from '../../fristen/intern/pruefe-hilfedauer.ts';

export interface HilfeWerte {
  leistung: string;
  variante?: string | null;
  rechtsgrundlage: string;
  jugendamtId: string;
  aktenzeichenJugendamt?: string | null;
  beginn: string;
  geplantesEnde?: string | null;
  tatsaechlichesEnde?: string | null;
  endegrund?: string | null;
  ausnahmeBegruendung?: string | null;
}

/**
 * Checks a Hilfe against the catalogue and the directory of Jugendämter; collects every
 * problem so the form can mark all fields at once (422).
 */
export async function pruefeHilfe(tx: Db, h: HilfeWerte): Promise<void> {
  const felder: Record<string, string> = {};
  const eintrag = katalogEintrag(h.leistung);
  const varianten = eintrag?.varianten.map((v) => v.id) ?? [];
  if (!eintrag) {
    felder.leistung = `Unbekannte Leistung „${h.leistung}“. Gültig sind: ${katalog()
      .map((e) => e.id)
      .join(', ')}.`;
  } else if (varianten.length > 0 && !h.variante) {
    felder.variante = `Bitte wählen Sie eine Variante: ${varianten.join(', ')}.`;
  } else if (h.variante && !varianten.includes(h.variante)) {
    felder.variante =
      varianten.length > 0
        ? `Unbekannte Variante „${h.variante}“. Gültig sind: ${varianten.join(', ')}.`
        : `Die Leistung ${eintrag.id} hat keine Varianten.`;
  }
  const [ja] = await tx
    .select({ id: organisation.id })
    .from(organisation)
    .where(and(eq(organisation.id, h.jugendamtId), eq(organisation.art, 'jugendamt')));
  if (!ja) felder.jugendamtId = 'Bitte wählen Sie ein Jugendamt aus der Liste.';
  if (h.geplantesEnde && h.geplantesEnde < h.beginn) {
    felder.geplantesEnde = 'Das geplante Ende liegt vor dem Beginn.';
  }
  if (h.tatsaechlichesEnde && h.tatsaechlichesEnde < h.beginn) {
    felder.tatsaechlichesEnde = 'Das tatsächliche Ende liegt vor dem Beginn.';
  }
  if (h.tatsaechlichesEnde && !h.endegrund) {
    felder.endegrund = 'Bitte geben Sie an, warum die Hilfe endete.';
  }
  if (eintrag && !felder.geplantesEnde) Object.assign(felder, pruefeHilfedauer(h));
  if (Object.keys(felder).length > 0) throw new Ungueltig(felder);
}
