import { anfrage } from './client';
import type { Ereignis, EreignisArt } from './typen';

/** The fields of an event that changed, with the version the user started from. */
export interface EreignisKorrektur {
  version: number;
  art?: EreignisArt;
  datum?: string;
  hilfeId?: string | null;
  bekanntSeit?: string | null;
  notiz?: string | null;
}

/** Corrects a recorded event; 409 (ApiFehler with `aktuell`) when someone changed it meanwhile. */
export async function korrigiereEreignis(
  fallId: string,
  ereignisId: string,
  korrektur: EreignisKorrektur,
): Promise<Ereignis> {
  const pfad = `/api/faelle/${encodeURIComponent(fallId)}/ereignisse/${encodeURIComponent(ereignisId)}`;
  return (await anfrage<Ereignis>(pfad, { methode: 'PATCH', body: korrektur })).daten;
}
