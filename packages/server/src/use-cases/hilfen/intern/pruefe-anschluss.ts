import { type Db, hilfe } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import { type KatalogEintrag, katalogEintrag } from '../../../katalog.ts';

export interface AnschlussWerte {
  beginn: string;
  vorgaengerHilfeId?: string | null;
  herkunft?: string | null;
  herkunftText?: string | null;
}

/**
 * LT 11 is aftercare "im Anschluss an eine stationäre Maßnahme": a Hilfe of such a Leistung names what it
 * follows — the stationary Hilfe of the same case, or an origin from the catalogue's short list. Without
 * either the Hilfe would bill a Leistung the contract does not cover, so the write is refused (422).
 */
export async function pruefeAnschluss(
  tx: Db,
  eintrag: KatalogEintrag,
  h: AnschlussWerte,
  ort: { fallId: string; hilfeId?: string },
): Promise<Record<string, string>> {
  const felder: Record<string, string> = {};
  const regel = eintrag.anschluss;
  if (!regel) {
    if (h.vorgaengerHilfeId || h.herkunft || h.herkunftText) {
      felder.herkunft = `Die Leistung ${eintrag.titel} schließt an keine stationäre Maßnahme an; bitte lassen Sie Vorgänger-Hilfe und Herkunft leer.`;
    }
    return felder;
  }
  const quelle = `(${regel.quelle})`;
  if (!h.vorgaengerHilfeId && !h.herkunft) {
    felder.herkunft = `${regel.text}: Bitte verknüpfen Sie die vorangegangene stationäre Hilfe oder wählen Sie, woher der junge Mensch kommt ${quelle}.`;
    return felder;
  }
  if (h.herkunft) {
    const art = regel.herkunft.find((a) => a.id === h.herkunft);
    if (!art) {
      felder.herkunft = `Unbekannte Herkunft „${h.herkunft}“. Gültig sind: ${regel.herkunft.map((a) => a.id).join(', ')}.`;
    } else if (art.erlaeuterungNoetig && !h.herkunftText?.trim()) {
      felder.herkunftText = `Bitte beschreiben Sie die stationäre Maßnahme („${art.text}“) ${quelle}.`;
    }
  }
  if (h.vorgaengerHilfeId) {
    const meldung = await pruefeVorgaenger(tx, h.vorgaengerHilfeId, h.beginn, ort);
    if (meldung) felder.vorgaengerHilfeId = `${meldung} ${quelle}`;
  }
  return felder;
}

async function pruefeVorgaenger(
  tx: Db,
  vorgaengerId: string,
  beginn: string,
  ort: { fallId: string; hilfeId?: string },
): Promise<string | undefined> {
  if (vorgaengerId === ort.hilfeId) return 'Eine Hilfe kann nicht an sich selbst anschließen.';
  const [v] = await tx
    .select()
    .from(hilfe)
    .where(and(eq(hilfe.id, vorgaengerId), eq(hilfe.fallId, ort.fallId)));
  if (!v) return 'Bitte wählen Sie eine Hilfe dieses Falls als vorangegangene Hilfe.';
  if (!katalogEintrag(v.leistung)?.stationaer) {
    return 'Die gewählte Hilfe ist keine stationäre Maßnahme.';
  }
  const ende = v.tatsaechlichesEnde ?? v.geplantesEnde;
  if (!ende || ende > beginn) {
    return 'Die Nachbetreuung beginnt erst nach dem Ende der stationären Hilfe; bitte tragen Sie dort das Ende ein oder prüfen Sie den Beginn.';
  }
  return undefined;
}
