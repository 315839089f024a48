import { minutenJeArt, type StundenEintrag, type StundenNachArt, stundenAusMinuten } from './stunden.ts';
import { type KennzahlZeitraum, tageImZeitraum } from './zeitraum.ts';

export interface BremerhavenEintrag extends StundenEintrag {
  /** Name of the group offer, when the entry is one. */
  gruppenangebot: string | null;
  /** Hilfen taking part in the group offer (0 for other entries). */
  teilnehmende: number;
}

export interface BremerhavenHilfe {
  /** The case: one family counts once even with several Hilfen. */
  fall: string;
  beginn: string;
  ende: string | null;
}

export interface BremerhavenKennzahl {
  nr: number;
  /** The wording of the contract's list. */
  kennzahl: string;
  wert: number | null;
  einheit: string;
  /** How Hilfewerk counts it, or why it has no value (not recorded, still to be agreed). */
  hinweis: string;
}

const NICHT_ERFASST = 'Wird in Hilfewerk nicht erfasst; Amt und Träger stimmen die Erhebung noch ab.';

/**
 * Bremerhaven's list of possible key figures (Trägerbudget-Konzept, Fach- und Finanz-Controlling), in its order:
 * the ones Hilfewerk can count from recorded work and Hilfen get a value, the qualitative ones say they are
 * not recorded.
 */
export function bremerhavenKennzahlen(
  hilfen: readonly BremerhavenHilfe[],
  eintraege: readonly BremerhavenEintrag[],
  z: KennzahlZeitraum,
): BremerhavenKennzahl[] {
  const gruppen = eintraege.filter((e) => e.gruppenangebot && e.datum >= z.von && e.datum <= z.bis);
  return bremerhavenAusSummen(
    hilfen,
    minutenJeArt(eintraege, z),
    { termine: gruppen.length, teilnahmen: gruppen.reduce((n, g) => n + g.teilnehmende, 0) },
    z,
  );
}

/** Group offers of the span: entries that name one, and the Hilfen taking part, counted per entry. */
export interface Gruppensummen {
  termine: number;
  teilnahmen: number;
}

/**
 * The same list from sums over the span's entries (minutes per kind, group offers) that the database makes by
 * the same definitions, so a provider's year of entries need not travel to the application.
 */
export function bremerhavenAusSummen(
  hilfen: readonly BremerhavenHilfe[],
  minuten: ReadonlyMap<string, number>,
  gruppen: Gruppensummen,
  z: KennzahlZeitraum,
): BremerhavenKennzahl[] {
  const s: StundenNachArt = stundenAusMinuten(minuten, [], z);
  const betreut = new Set(hilfen.filter((h) => tageImZeitraum(h.beginn, h.ende, z) > 0).map((h) => h.fall));
  const liste: Omit<BremerhavenKennzahl, 'nr'>[] = [
    {
      kennzahl: 'Bereitschaft zur Koproduktion der Adressatinnen und Adressaten',
      wert: null,
      einheit: '',
      hinweis: NICHT_ERFASST,
    },
    {
      kennzahl: 'Einschätzung der Wirksamkeit durch Mitarbeitende des Trägers und des ASD',
      wert: null,
      einheit: '',
      hinweis: NICHT_ERFASST,
    },
    {
      kennzahl: 'Anzahl der Hilfen ohne Anschlusshilfen außerhalb des Familiensystems',
      wert: null,
      einheit: 'Hilfen',
      hinweis: NICHT_ERFASST,
    },
    {
      kennzahl: 'Entwicklung des Familiensettings nach Hilfeende',
      wert: null,
      einheit: '',
      hinweis: NICHT_ERFASST,
    },
    {
      kennzahl: 'Flexibilisierung des Stundeneinsatzes in den Familien',
      wert: null,
      einheit: '',
      hinweis: NICHT_ERFASST,
    },
    {
      kennzahl: 'Anzahl der erbrachten Stunden in Familien/am Klient',
      wert: s.direkt.ist,
      einheit: 'Stunden',
      hinweis: 'Direkte Stunden und Anteile an Gruppenangeboten im Zeitraum.',
    },
    {
      kennzahl: 'Anzahl der Gruppenangebote',
      wert: gruppen.termine,
      einheit: 'Termine',
      hinweis: 'Erfasste Gruppenangebote im Zeitraum.',
    },
    {
      kennzahl: 'Teilnehmende an Gruppenangeboten',
      wert: gruppen.teilnahmen,
      einheit: 'Teilnahmen',
      hinweis: 'Teilnehmende Hilfen, je Termin gezählt.',
    },
    {
      kennzahl: 'Anzahl der im Zeitraum betreuten Hilfeempfängerinnen und Hilfeempfänger',
      wert: betreut.size,
      einheit: 'Familien',
      hinweis: 'Fälle mit mindestens einem Tag laufender Hilfe im Zeitraum.',
    },
    {
      kennzahl: 'Entwicklung der Anfrageprofile durch den ASD',
      wert: null,
      einheit: '',
      hinweis: NICHT_ERFASST,
    },
    {
      kennzahl: 'Anzahl der niedrigschwelligen formlosen Beratungen ohne HzE',
      wert: null,
      einheit: '',
      hinweis: NICHT_ERFASST,
    },
    {
      kennzahl: 'Fallunspezifische Arbeit',
      wert: s.fallunspezifisch,
      einheit: 'Stunden',
      hinweis: 'Als „fallunspezifisch“ erfasste Stunden.',
    },
    {
      kennzahl: 'Fallübergreifende Arbeit',
      wert: s.falluebergreifend,
      einheit: 'Stunden',
      hinweis: 'Als „fallübergreifend“ erfasste Stunden (Gruppenangebote).',
    },
    {
      kennzahl: 'Netzwerkarbeit',
      wert: s.netzwerkarbeit,
      einheit: 'Stunden',
      hinweis: 'Als „Netzwerkarbeit“ erfasste Stunden.',
    },
  ];
  return liste.map((k, i) => ({ nr: i + 1, ...k }));
}
