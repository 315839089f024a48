/**
 * The next date the protection plan is to be reviewed — the latest plan's review date and agreed
 * deadlines — while the procedure is open. These are the procedure's deadlines; they stay in this
 * special-category record instead of the general deadline lists, which semiprofessional staff and the
 * Administration also read.
 */
export function naechsteUeberpruefung(
  schritte: readonly { art: string; inhalt: Record<string, unknown> }[],
  abgeschlossenAm: string | null,
): string | null {
  if (abgeschlossenAm) return null;
  const plan = [...schritte].reverse().find((s) => s.art === 'schutzplan');
  if (!plan) return null;
  const termine = [
    String(plan.inhalt.ueberpruefungAm),
    ...((plan.inhalt.vereinbarungen as { bis: string }[] | undefined) ?? []).map((v) => v.bis),
  ];
  return termine.sort()[0] ?? null;
}
