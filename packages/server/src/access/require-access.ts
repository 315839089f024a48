import type { Rolle } from '@hilfewerk/db';
import { KeinZugriff, NichtGefunden } from '../fehler.ts';
import type { Kontext } from './kontext.ts';
import { type Aktion, darf, type Ressource, UMFANG, type Umfang } from './permissions.ts';

const MELDUNG: Record<Aktion, string> = {
  lesen: 'Ihre Rolle darf diese Daten nicht einsehen.',
  anlegen: 'Ihre Rolle darf hier nichts anlegen.',
  aendern: 'Ihre Rolle darf diese Daten nicht ändern.',
};

/**
 * The first line of every use case: refuses (403) unless the permission table allows the
 * user's role this action on this resource. Returns the role's record scope for the query.
 */
export function requireAccess(
  k: Kontext,
  ressource: Ressource,
  aktion: Aktion,
  /** Roles for which the record must not even seem to exist: they get 404 instead of 403. */
  verborgenFuer: readonly Rolle[] = [],
): Umfang {
  const rolle = k.auth.benutzer.rolle;
  if (verborgenFuer.includes(rolle)) throw new NichtGefunden();
  if (!darf(rolle, ressource, aktion)) throw new KeinZugriff(MELDUNG[aktion]);
  return UMFANG[rolle];
}

export function hatZugriff(k: Kontext, ressource: Ressource, aktion: Aktion): boolean {
  return darf(k.auth.benutzer.rolle, ressource, aktion);
}
