import type { Kontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { type Kalkulationsergebnis, rechne } from './intern/rechne.ts';

/** Calculates without saving: the form calls this while the user types. */
export function berechneKalkulation(k: Kontext, eingabe: Record<string, unknown>): Kalkulationsergebnis {
  requireAccess(k, 'kalkulation', 'lesen');
  return rechne(eingabe);
}
