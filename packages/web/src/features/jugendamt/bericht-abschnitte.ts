/** The sections of the report template, in the order the PDF prints them; each becomes a heading there. */
export const ABSCHNITTE = [
  ['ausgangslage', 'Ausgangslage'],
  ['ziele', 'Ziele und Teilziele'],
  ['verlauf', 'Verlauf und Entwicklung'],
  ['beteiligung', 'Beteiligung des jungen Menschen und der Sorgeberechtigten'],
  ['gruppenangebote', 'Fallübergreifende Arbeit (Gruppenangebote)'],
  ['ausblick', 'Ausblick und Empfehlung'],
] as const;

export const STANDARD = ABSCHNITTE.map(([s]) => s).filter((s) => s !== 'gruppenangebote') as string[];

/** A section's text as a string (a report stored by another client may hold other JSON). */
export const alsText = (wert: unknown): string =>
  typeof wert === 'string' ? wert : wert === null || wert === undefined ? '' : JSON.stringify(wert, null, 2);

/** The sections a report shows: the template's known ones it has (or the standard ones), then any others. */
export function abschnitteVon(inhalt: Record<string, unknown>): [string, string][] {
  const bekannt = ABSCHNITTE.filter(([s]) => s in inhalt || STANDARD.includes(s)).map(
    ([s, t]): [string, string] => [s, t],
  );
  const andere = Object.keys(inhalt)
    .filter((s) => !ABSCHNITTE.some(([a]) => a === s))
    .map((s): [string, string] => [s, s]);
  return [...bekannt, ...andere];
}
