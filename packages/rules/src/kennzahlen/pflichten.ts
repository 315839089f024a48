import { prozent } from './entlassungen.ts';
import { imZeitraum, type KennzahlZeitraum } from './zeitraum.ts';

export interface KennzahlFrist {
  faellig: string | null;
  /** Stored status: offen, erledigt, ueberfaellig, entfallen. */
  status: string;
  erledigtAm: string | null;
}

export interface FristenTermingerecht {
  faellig: number;
  termingerecht: number;
  verspaetet: number;
  offen: number;
  anteilProzent: number | null;
}

/**
 * Deadlines due in the span before `heute` (a deadline due today can still be met), without those that
 * lapsed: how many were done on or before their day.
 */
export function fristenTermingerecht(
  fristen: readonly KennzahlFrist[],
  z: KennzahlZeitraum,
  heute: string,
): FristenTermingerecht {
  const faellig = fristen.filter(
    (f) => f.status !== 'entfallen' && imZeitraum(f.faellig, z) && (f.faellig as string) < heute,
  );
  const erledigt = faellig.filter((f) => f.status === 'erledigt' && f.erledigtAm !== null);
  const termingerecht = erledigt.filter((f) => (f.erledigtAm as string) <= (f.faellig as string)).length;
  return {
    faellig: faellig.length,
    termingerecht,
    verspaetet: erledigt.length - termingerecht,
    offen: faellig.length - erledigt.length,
    anteilProzent: prozent(termingerecht, faellig.length),
  };
}

/** Something begun and maybe closed: a § 8a procedure, a complaint. */
export interface Vorgang {
  begonnen: string;
  abgeschlossen: string | null;
}

export interface Vorgaenge {
  begonnen: number;
  abgeschlossen: number;
  /** Begun by the span's last day and not closed by it. */
  offenAmEnde: number;
}

/** Counts of procedures in the span (§ 8a procedures, complaints): begun, closed, open at its end. */
export function vorgaenge(liste: readonly Vorgang[], z: KennzahlZeitraum): Vorgaenge {
  return {
    begonnen: liste.filter((v) => imZeitraum(v.begonnen, z)).length,
    abgeschlossen: liste.filter((v) => imZeitraum(v.abgeschlossen, z)).length,
    offenAmEnde: liste.filter(
      (v) => v.begonnen <= z.bis && (v.abgeschlossen === null || v.abgeschlossen > z.bis),
    ).length,
  };
}
