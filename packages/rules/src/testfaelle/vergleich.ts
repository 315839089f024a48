/**
 * The one meaning of `erwartet` in every `catalogue/<id>/tests/*.yaml` case (docs/testfaelle.md):
 * - an object names the fields that are checked; fields it does not name are not checked;
 * - a list is checked whole: the same number of lines, line by line in order — an extra or a missing line fails
 *   (an extra Frist, cost line, instalment or warning is a wrong result, not noise);
 * - a value must be equal (`'139.28'` and `139.28` differ: amounts are decimal strings).
 * Returns one German message per difference, empty when the result is as expected.
 */
export function abweichungen(ist: unknown, soll: unknown, pfad = 'ergebnis'): string[] {
  if (Array.isArray(soll)) {
    if (!Array.isArray(ist)) return [`${pfad}: Liste erwartet, erhalten ${text(ist)}`];
    const zeilen = soll.flatMap((s, i) => abweichungen(ist[i], s, `${pfad}[${i}]`));
    if (ist.length > soll.length) {
      const mehr = ist.slice(soll.length).map(text).join(', ');
      return [
        ...zeilen,
        `${pfad}: ${soll.length} Zeilen erwartet, erhalten ${ist.length}; zusätzlich ${mehr}`,
      ];
    }
    return zeilen;
  }
  if (soll !== null && typeof soll === 'object') {
    if (ist === null || typeof ist !== 'object' || Array.isArray(ist))
      return [`${pfad}: Objekt erwartet, erhalten ${text(ist)}`];
    return Object.entries(soll).flatMap(([k, s]) =>
      k in ist
        ? abweichungen((ist as Record<string, unknown>)[k], s, `${pfad}.${k}`)
        : [`${pfad}.${k}: erwartet ${text(s)}, das Ergebnis hat dieses Feld nicht`],
    );
  }
  return Object.is(ist, soll) ? [] : [`${pfad}: erwartet ${text(soll)}, erhalten ${text(ist)}`];
}

function text(wert: unknown): string {
  return wert === undefined ? 'nichts' : JSON.stringify(wert);
}
