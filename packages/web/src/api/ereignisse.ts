import type { Ereignis, EreignisKorrektur } from '@hilfewerk/api';
import { anfrage } from './client';

/** Corrects a recorded event; 409 (ApiFehler with `aktuell`) when someone changed it meanwhile. */
export async function korrigiereEreignis(
  fallId: string,
  ereignisId: string,
  korrektur: EreignisKorrektur,
): Promise<Ereignis> {
  const pfad = `/api/faelle/${encodeURIComponent(fallId)}/ereignisse/${encodeURIComponent(ereignisId)}`;
  return (await anfrage<Ereignis>(pfad, { methode: 'PATCH', body: korrektur })).daten;
}
