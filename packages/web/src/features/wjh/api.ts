/** Requests of the WJH's incoming invoices; the list is GET /api/rechnungen (the server narrows it to them). */
import type { PruefungEingabe, Rechnung } from '@hilfewerk/api';
import { anfrage } from '../../api/client';

export type { Rechnung } from '@hilfewerk/api';

/** Open for the WJH: an invoice (no credit note) whose payment is not ordered yet. */
export function istOffen(r: Rechnung): boolean {
  return r.art === 'rechnung' && r.status !== 'storniert' && !r.angewiesen;
}

/** The step an invoice is waiting for, in the only order the server accepts. */
export function naechsterSchritt(r: Rechnung): PruefungEingabe['schritt'] | null {
  if (!istOffen(r)) return null;
  return r.sachlichRichtig ? 'angewiesen' : 'sachlich-richtig';
}

export const SCHRITT_DE = { 'sachlich-richtig': 'sachlich richtig', angewiesen: 'angewiesen' } as const;

export async function pruefeRechnung(id: string, body: PruefungEingabe): Promise<Rechnung> {
  return (await anfrage<Rechnung>(`/api/rechnungen/${id}/pruefung`, { methode: 'POST', body })).daten;
}
