import { Temporal } from 'temporal-polyfill';

/**
 * Yearly § 8a training of every staff member ("Fortlaufende jährliche Schulungen gemäß § 8a SGB VIII", KIJU
 * service description; docs/personal.md). The next one is due a year after the latest; someone who has had none
 * is due from the day they joined — they work with children from that day on.
 */
export const SCHULUNG_8A_MONATE = 12;

export interface Schulungsstand {
  letzte: string | null;
  faelligAm: string;
  ueberfaellig: boolean;
}

export function kinderschutzSchulungStand(
  schulungen8a: readonly string[],
  eintritt: string,
  heute: string,
): Schulungsstand {
  const letzte = schulungen8a.length ? ([...schulungen8a].sort().at(-1) ?? null) : null;
  const faelligAm = letzte
    ? Temporal.PlainDate.from(letzte).add({ months: SCHULUNG_8A_MONATE }).toString()
    : eintritt;
  return { letzte, faelligAm, ueberfaellig: faelligAm < heute };
}
