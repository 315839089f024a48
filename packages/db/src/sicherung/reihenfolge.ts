export interface Fremdschluessel {
  tabelle: string;
  ziel: string;
}

/**
 * The order to load tables in: each after the tables its foreign keys point to. Where foreign keys
 * form a cycle, the table with the fewest unmet references goes first (ties by name), so the
 * result is the same on every run.
 */
export function ladeReihenfolge(
  tabellen: readonly string[],
  fremdschluessel: readonly Fremdschluessel[],
): string[] {
  const braucht = new Map(tabellen.map((t) => [t, new Set<string>()]));
  for (const { tabelle, ziel } of fremdschluessel) {
    if (tabelle !== ziel && braucht.has(ziel)) braucht.get(tabelle)?.add(ziel);
  }
  const geladen = new Set<string>();
  const reihenfolge: string[] = [];
  const fehlend = (t: string) => [...(braucht.get(t) ?? [])].filter((z) => !geladen.has(z)).length;
  while (reihenfolge.length < tabellen.length) {
    const offen = tabellen.filter((t) => !geladen.has(t));
    const naechste = offen.reduce((beste, t) => {
      const d = fehlend(t) - fehlend(beste);
      return d < 0 || (d === 0 && t < beste) ? t : beste;
    });
    geladen.add(naechste);
    reihenfolge.push(naechste);
  }
  return reihenfolge;
}

/**
 * The foreign keys that loading in `reihenfolge` cannot satisfy: those pointing to a table loaded
 * later (a cycle). They are dropped for the load and added again after it, which checks every row at
 * once. A reference into the same table needs nothing: PostgreSQL checks the rows of one COPY when
 * the COPY ends, so a child may come before its parent.
 */
export function zurueckzustellen<F extends Fremdschluessel>(
  reihenfolge: readonly string[],
  fremdschluessel: readonly F[],
): F[] {
  const platz = new Map(reihenfolge.map((t, i) => [t, i]));
  return fremdschluessel.filter((f) => {
    const von = platz.get(f.tabelle);
    const nach = platz.get(f.ziel);
    return von !== undefined && nach !== undefined && nach > von;
  });
}
