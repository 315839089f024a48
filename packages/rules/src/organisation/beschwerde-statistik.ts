/** The dates of one complaint that the yearly statistics need (ISO days). */
export interface BeschwerdeFuerStatistik<Q extends string = string> {
  quelle: Q;
  eingegangenAm: string;
  bestaetigungFaellig: string;
  antwortFaellig: string;
  bestaetigtAm: string | null;
  beantwortetAm: string | null;
  abgeschlossenAm: string | null;
}

export interface BeschwerdeStatistikErgebnis<Q extends string = string> {
  jahr: number;
  anzahl: number;
  nachQuelle: Record<Q, number>;
  /** Twelve counts, January first. */
  nachMonat: number[];
  medianBearbeitungstage: number | null;
  anteilBestaetigtInFrist: number | null;
  anteilBeantwortetInFrist: number | null;
}

/** Calendar days from `von` to `bis` (a complaint closed the day it came took 0 days). */
const tageBis = (von: string, bis: string) => (Date.parse(bis) - Date.parse(von)) / 86_400_000;

function median(werte: number[]): number | null {
  if (werte.length === 0) return null;
  const s = [...werte].sort((a, b) => a - b);
  const mitte = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mitte] : (s[mitte - 1] + s[mitte]) / 2;
}

/**
 * In-time share over the complaints that can be judged on `heute`: done (on time or late) or past due.
 * One still open and not yet due is neither on time nor late — counting it would make a fresh
 * complaint look like a failure.
 */
function anteilInFrist(zeilen: { erledigt: string | null; faellig: string }[], heute: string): number | null {
  const beurteilbar = zeilen.filter((z) => z.erledigt !== null || z.faellig < heute);
  if (beurteilbar.length === 0) return null;
  const rechtzeitig = beurteilbar.filter((z) => z.erledigt !== null && z.erledigt <= z.faellig).length;
  return rechtzeitig / beurteilbar.length;
}

/**
 * Complaints received in `jahr` (docs/beschwerden.md): how many, from whom, in which month; the median
 * calendar days from receipt to close over the closed ones; the share acknowledged and answered in time.
 */
export function beschwerdeStatistik<Q extends string>(
  beschwerden: BeschwerdeFuerStatistik<Q>[],
  jahr: number,
  quellen: readonly Q[],
  heute: string,
): BeschwerdeStatistikErgebnis<Q> {
  const imJahr = beschwerden.filter((b) => Number(b.eingegangenAm.slice(0, 4)) === jahr);
  const nachQuelle = Object.fromEntries(quellen.map((q) => [q, 0])) as Record<Q, number>;
  const nachMonat = Array.from({ length: 12 }, () => 0);
  for (const b of imJahr) {
    nachQuelle[b.quelle] = (nachQuelle[b.quelle] ?? 0) + 1;
    nachMonat[Number(b.eingegangenAm.slice(5, 7)) - 1]++;
  }
  const tage = imJahr.flatMap((b) =>
    b.abgeschlossenAm ? [tageBis(b.eingegangenAm, b.abgeschlossenAm)] : [],
  );
  return {
    jahr,
    anzahl: imJahr.length,
    nachQuelle,
    nachMonat,
    medianBearbeitungstage: median(tage),
    anteilBestaetigtInFrist: anteilInFrist(
      imJahr.map((b) => ({ erledigt: b.bestaetigtAm, faellig: b.bestaetigungFaellig })),
      heute,
    ),
    anteilBeantwortetInFrist: anteilInFrist(
      imJahr.map((b) => ({ erledigt: b.beantwortetAm, faellig: b.antwortFaellig })),
      heute,
    ),
  };
}
