/**
 * What the signed-in person may do, asked of the same permission table the server enforces
 * (`darf` from @hilfewerk/api). Screens show a menu entry, button or form only where it works; the
 * server still checks every request.
 */
import { type Aktion, darf, type Ressource, type Sitzung } from '@hilfewerk/api';
import { useQuery } from '@tanstack/react-query';
import { sitzungAbfrage } from '../api/abfragen';

export function darfIn(sitzung: Sitzung | null | undefined, ressource: Ressource, aktion: Aktion): boolean {
  return Boolean(sitzung && darf(sitzung.benutzer.rolle, ressource, aktion));
}

/** `darf(ressource, aktion)` for the current session; false while it loads. */
export function useDarf(): (ressource: Ressource, aktion: Aktion) => boolean {
  const { data: sitzung } = useQuery(sitzungAbfrage);
  return (ressource, aktion) => darfIn(sitzung, ressource, aktion);
}
