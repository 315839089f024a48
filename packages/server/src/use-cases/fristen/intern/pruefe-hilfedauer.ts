import { EingabeFehler, fristenkataloge, pruefeHilfeende } from '@hilfewerk/rules';
import { datumDe } from '@hilfewerk/rules/tag';

/**
 * The duration limit of a Hilfe's Leistung (LT 11 Abschnitt 7: 3 months, up to 6 with a recorded
 * justification, never beyond) as field messages for the form's 422: the contract's message at the planned
 * end, and a request for the justification when only that is missing.
 */
export function pruefeHilfedauer(h: {
  leistung: string;
  beginn: string;
  geplantesEnde?: string | null;
  ausnahmeBegruendung?: string | null;
}): Record<string, string> {
  if (!h.geplantesEnde || !fristenkataloge().has(h.leistung)) return {};
  try {
    const p = pruefeHilfeende(h.leistung, h.beginn, h.geplantesEnde, h.ausnahmeBegruendung);
    if (p.zulaessig || !p.meldung) return {};
    const mitBegruendungErlaubt =
      !h.ausnahmeBegruendung?.trim() &&
      p.spaetestesEndeMitBegruendung !== null &&
      h.geplantesEnde <= p.spaetestesEndeMitBegruendung;
    return mitBegruendungErlaubt
      ? {
          geplantesEnde: p.meldung,
          ausnahmeBegruendung: `Bitte begründen Sie den Ausnahmefall: ohne Begründung ist ein Ende bis ${datumDe(p.spaetestesEnde)} zulässig.`,
        }
      : { geplantesEnde: p.meldung };
  } catch (fehler) {
    if (fehler instanceof EingabeFehler) return { [fehler.feld ?? 'geplantesEnde']: fehler.message };
    throw fehler;
  }
}
