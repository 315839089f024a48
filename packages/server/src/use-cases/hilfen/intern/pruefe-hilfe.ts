import { type Db, organisation } from '@hilfewerk/db';
import type { Zusatzleistung } from '@hilfewerk/rules';
import { and, eq } from 'drizzle-orm';
import { Ungueltig } from '../../../fehler.ts';
import { katalog, katalogEintrag } from '../../../katalog.ts';
import { pruefeHilfedauer } from '../../fristen/intern/pruefe-hilfedauer.ts';
import { pruefeAnschluss } from './pruefe-anschluss.ts';
import { pruefeZusatzleistungen } from './pruefe-zusatzleistungen.ts';

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
  vorgaengerHilfeId?: string | null;
  herkunft?: string | null;
  herkunftText?: string | null;
  zusatzleistungen?: Zusatzleistung[] | null;
  berichtsintervallMonate?: number | null;
}

/** Where the Hilfe lives and what was stored before (an update), for the checks that depend on it. */
export interface HilfeOrt {
  fallId: string;
  /**
   * A Hilfe created by accepting a Jugendamt's request: the grant itself states the Anschluss, and the request
   * carries no origin, so the provider records it on the Hilfe afterwards (then it is checked).
   */
  anschlussNachtragen?: boolean;
  vorher?: {
    id: string;
    leistung: string;
    beginn: string;
    rechtsgrundlage: string;
    vorgaengerHilfeId: string | null;
    herkunft: string | null;
    zusatzleistungen: unknown;
  };
}

/**
 * A Hilfe stored before the LT 11 origin was recorded stays editable (e.g. to end it) until its Leistung, start
 * or origin is changed; a new Hilfe is always checked.
 */
function anschlussZuPruefen(h: HilfeWerte, vorher: HilfeOrt['vorher']): boolean {
  if (!vorher) return true;
  if (vorher.vorgaengerHilfeId || vorher.herkunft) return true;
  return (
    h.leistung !== vorher.leistung ||
    h.beginn !== vorher.beginn ||
    Boolean(h.vorgaengerHilfeId || h.herkunft || h.herkunftText)
  );
}

/**
 * Checks a Hilfe against the catalogue and the directory of Jugendämter; collects every
 * problem so the form can mark all fields at once (422).
 */
export async function pruefeHilfe(tx: Db, h: HilfeWerte, ort: HilfeOrt): Promise<void> {
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
  // Chosen from the catalogue's list, not typed; a basis stored before this rule stays until it is changed.
  const rechtsgrundlage = h.rechtsgrundlage.trim();
  if (
    eintrag &&
    rechtsgrundlage !== ort.vorher?.rechtsgrundlage &&
    !eintrag.rechtsgrundlage.includes(rechtsgrundlage)
  ) {
    felder.rechtsgrundlage = `Bitte wählen Sie die Rechtsgrundlage aus der Liste: ${eintrag.rechtsgrundlage.join(', ')} (${eintrag.rechtsgrundlageQuelle}).`;
  }
  if (eintrag && !ort.anschlussNachtragen && anschlussZuPruefen(h, ort.vorher)) {
    Object.assign(
      felder,
      await pruefeAnschluss(tx, eintrag, h, { fallId: ort.fallId, hilfeId: ort.vorher?.id }),
    );
  }
  if (eintrag) {
    const vorher = (ort.vorher?.zusatzleistungen ?? []) as Zusatzleistung[];
    Object.assign(felder, await pruefeZusatzleistungen(tx, eintrag, h, vorher));
  }
  if (eintrag && h.berichtsintervallMonate != null && !eintrag.berichtsintervall) {
    felder.berichtsintervallMonate = `Die Leistung ${eintrag.titel} kennt kein im Hilfeplan vereinbartes Berichtsintervall.`;
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
