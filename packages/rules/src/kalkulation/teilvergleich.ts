/**
 * Subset comparison for YAML test cases: every key the case names must match, others are ignored.
 * In arrays each expected element must match some actual element (order-free, so a case can pick the
 * lines it cares about); an expected empty array demands an empty one ("no warnings").
 * Returns the paths that differ, empty when the case passes.
 */
export function teilvergleich(ist: unknown, soll: unknown, pfad = ''): string[] {
  if (Array.isArray(soll)) {
    if (!Array.isArray(ist)) return [`${pfad}: Liste erwartet, erhalten ${JSON.stringify(ist)}`];
    if (soll.length === 0)
      return ist.length === 0 ? [] : [`${pfad}: leere Liste erwartet, erhalten ${JSON.stringify(ist)}`];
    return soll.flatMap((element, i) =>
      ist.some((kandidat) => teilvergleich(kandidat, element).length === 0)
        ? []
        : [
            `${pfad}[${i}]: kein Element passt zu ${JSON.stringify(element)}; vorhanden ${JSON.stringify(ist)}`,
          ],
    );
  }
  if (soll !== null && typeof soll === 'object') {
    if (ist === null || typeof ist !== 'object')
      return [`${pfad}: Objekt erwartet, erhalten ${JSON.stringify(ist)}`];
    return Object.entries(soll).flatMap(([k, v]) =>
      teilvergleich((ist as Record<string, unknown>)[k], v, pfad ? `${pfad}.${k}` : k),
    );
  }
  return Object.is(ist, soll)
    ? []
    : [`${pfad}: erwartet ${JSON.stringify(soll)}, erhalten ${JSON.stringify(ist)}`];
}
