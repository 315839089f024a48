export interface Fremdschluessel {
  tabelle: string;
  ziel: string;
}

/**
 * The order a backup lists its tables in: each after the tables its foreign keys point to, so the
 * file reads from the directory data down to the records that hang from it. Where foreign keys
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
