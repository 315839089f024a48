import type { Kontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { katalog } from '../../katalog.ts';

export function listKatalog(k: Kontext) {
  requireAccess(k, 'katalog', 'lesen');
  return katalog();
}
