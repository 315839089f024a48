import { ladeLeistungen } from '@hilfewerk/rules';
import type { Kontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';

/** The Leistungen a calculation can be made for, with their variants' titles and the Entgelt's unit. */
export function listKalkulationsLeistungen(k: Kontext) {
  requireAccess(k, 'kalkulation', 'lesen');
  return [...ladeLeistungen().values()].map((l) => ({
    id: l.id,
    titel: l.titel,
    art: l.kalkulation.art,
    einheit: l.kalkulation.einheit,
    quelle: l.kalkulation.quelle,
    varianten: l.varianten.map((v) => ({ id: v.id, titel: v.titel })),
  }));
}
