import { fristenkataloge, pruefeHilfeende as pruefe } from '@hilfewerk/rules';
import type { Kontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';

/**
 * GET /api/fristen/hilfeende: the latest allowed end of a Hilfe (LT 11: 3 months, 6 with a justification),
 * so the form can show it before saving. Leistungen without a limit answer nulls.
 */
export function pruefeHilfeende(
  k: Kontext,
  q: { leistung: string; beginn: string; geplantesEnde?: string; ausnahmeBegruendung?: string },
) {
  requireAccess(k, 'hilfe', 'lesen');
  if (!fristenkataloge().has(q.leistung)) {
    return {
      zulaessig: true,
      spaetestesEnde: null,
      spaetestesEndeMitBegruendung: null,
      meldung: null,
      quelle: null,
    };
  }
  return pruefe(q.leistung, q.beginn, q.geplantesEnde ?? null, q.ausnahmeBegruendung ?? null);
}
