/** Full years of age on a day (ISO dates). */
export function alterAm(geburtsdatum: string, tag: string): number {
  const jahre = Number(tag.slice(0, 4)) - Number(geburtsdatum.slice(0, 4));
  return tag.slice(5) < geburtsdatum.slice(5) ? jahre - 1 : jahre;
}
