/**
 * The § 8a procedure as a sequence of steps (§ 8a Abs. 4 SGB VIII and the providers' agreements under it):
 * weighty indications → risk assessment by several professionals → consultation of the insoweit erfahrene
 * Fachkraft → involvement of custodians and child (or the documented reason it would endanger the child)
 * → protection plan → notification of the Jugendamt when the risk cannot be averted → closure.
 * Pure: which step may follow which, and what each step must contain.
 */

export const SCHRITT_ARTEN = [
  'gefaehrdungseinschaetzung',
  'iefk-beratung',
  'einbeziehung',
  'schutzplan',
  'mitteilung-jugendamt',
  'abschluss',
] as const;
export type SchrittArt = (typeof SCHRITT_ARTEN)[number];

export const SCHRITT_TITEL: Record<SchrittArt, string> = {
  gefaehrdungseinschaetzung: 'Gefährdungseinschätzung',
  'iefk-beratung': 'Beratung durch die insoweit erfahrene Fachkraft',
  einbeziehung: 'Einbeziehung der Sorgeberechtigten und des Kindes',
  schutzplan: 'Schutzplan',
  'mitteilung-jugendamt': 'Mitteilung an das Jugendamt',
  abschluss: 'Abschluss',
};

/** What the law expects of each step, shown beside the form. */
export const SCHRITT_ERWARTUNG: Record<SchrittArt, string> = {
  gefaehrdungseinschaetzung:
    'Das Gefährdungsrisiko wird im Zusammenwirken mehrerer Fachkräfte eingeschätzt (§ 8a Abs. 4 Satz 1 Nr. 1 SGB VIII): mindestens zwei Beteiligte und ihre Einschätzung.',
  'iefk-beratung':
    'Eine insoweit erfahrene Fachkraft wird beratend hinzugezogen (§ 8a Abs. 4 Satz 1 Nr. 2 SGB VIII); sie sieht den Fall nur pseudonymisiert.',
  einbeziehung:
    'Die Erziehungsberechtigten und das Kind oder der Jugendliche werden einbezogen, soweit der wirksame Schutz dadurch nicht in Frage gestellt wird (§ 8a Abs. 4 Satz 1 Nr. 3 SGB VIII); unterbleibt es, wird der Grund festgehalten.',
  schutzplan:
    'Vereinbarungen zur Abwendung der Gefährdung, wer was bis wann tut, und Termine, an denen geprüft wird, ob sie wirken.',
  'mitteilung-jugendamt':
    'Reichen die Hilfen nicht aus, um die Gefährdung abzuwenden, wird das Jugendamt informiert (§ 8a Abs. 4 Satz 2 SGB VIII) — bei akuter Gefahr sofort, auch vor der Beratung.',
  abschluss: 'Das Verfahren endet mit einem festgehaltenen Ergebnis.',
};

/**
 * The steps a step needs before it, any one of each inner list. Consultation comes after the assessment;
 * involvement after consultation; a notification may follow the assessment at once (acute danger);
 * closure needs the consultation or, where the Jugendamt took over, the notification.
 */
const VORAUSSETZUNGEN: Record<SchrittArt, SchrittArt[][]> = {
  gefaehrdungseinschaetzung: [],
  'iefk-beratung': [['gefaehrdungseinschaetzung']],
  einbeziehung: [['iefk-beratung']],
  schutzplan: [['einbeziehung']],
  'mitteilung-jugendamt': [['gefaehrdungseinschaetzung']],
  abschluss: [['gefaehrdungseinschaetzung'], ['iefk-beratung', 'mitteilung-jugendamt']],
};

export interface Verlauf {
  /** Arts of the steps recorded so far, in order. */
  erledigt: readonly SchrittArt[];
  abgeschlossen: boolean;
}

/** Why `art` cannot follow now, in German, or null when it can. */
export function reihenfolgeFehler(v: Verlauf, art: SchrittArt): string | null {
  if (v.abgeschlossen) return 'Das Verfahren ist abgeschlossen; es lässt sich kein Schritt mehr anfügen.';
  for (const eines of VORAUSSETZUNGEN[art]) {
    if (!eines.some((a) => v.erledigt.includes(a))) {
      return `Vor dem Schritt „${SCHRITT_TITEL[art]}“ fehlt: ${eines.map((a) => `„${SCHRITT_TITEL[a]}“`).join(' oder ')}.`;
    }
  }
  return null;
}

/** The steps that may come next, in the order of the procedure. */
export function moeglicheSchritte(v: Verlauf): SchrittArt[] {
  return SCHRITT_ARTEN.filter((a) => reihenfolgeFehler(v, a) === null);
}

/** The step the procedure expects next (for overviews), or null once closed. */
export function naechsterSchritt(v: Verlauf): SchrittArt | null {
  if (v.abgeschlossen) return null;
  const offen = SCHRITT_ARTEN.filter((a) => !v.erledigt.includes(a) && reihenfolgeFehler(v, a) === null);
  // The notification is possible early but not "expected"; closure comes last.
  return offen.find((a) => a !== 'mitteilung-jugendamt' && a !== 'abschluss') ?? 'abschluss';
}
