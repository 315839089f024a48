/**
 * Pseudonymisation of a case for the § 8a consultation: the insoweit erfahrene Fachkraft advises on a
 * vignette, never on the case. Every person gets a stable label by role ("Junger Mensch A", "Elternteil
 * B"); their names — whole, in parts, with a genitive s — are replaced in every free text; birth dates
 * become ages; Aktenzeichen, e-mail addresses, phone numbers, street addresses and postcodes are blanked.
 * Safety over readability: a surname that is also a word ("Klein") is replaced wherever it stands.
 */

export interface PseudoPerson {
  id: string;
  rolle: string;
  vorname: string;
  nachname: string;
  geburtsdatum: string | null;
}

const ROLLEN_BEZEICHNUNG: Record<string, string> = {
  junger_mensch: 'Junger Mensch',
  kind: 'Kind',
  sorgeberechtigt: 'Elternteil',
  betreuungsperson: 'Betreuungsperson',
  geschwister: 'Geschwister',
};

const BUCHSTABEN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Stable labels: per role in the given order, A, B, C … ("Elternteil A", "Elternteil B"). */
export function bezeichnungen(personen: readonly PseudoPerson[]): Map<string, string> {
  const zaehler = new Map<string, number>();
  const ergebnis = new Map<string, string>();
  for (const p of personen) {
    const n = zaehler.get(p.rolle) ?? 0;
    zaehler.set(p.rolle, n + 1);
    const rolle = ROLLEN_BEZEICHNUNG[p.rolle] ?? 'Person';
    ergebnis.set(p.id, `${rolle} ${BUCHSTABEN[n % 26]}${n >= 26 ? Math.floor(n / 26) : ''}`);
  }
  return ergebnis;
}

const maske = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Letters and digits of any script: \b would split "Jürgen" at the ü.
const VOR = '(?<![\\p{L}\\p{N}])';
const NACH = "(?:s|'s|’s)?(?![\\p{L}\\p{N}])";

/** The name forms to replace for one person, longest first: full name, reversed, each part. */
function namensformen(p: PseudoPerson): string[] {
  const teile = `${p.vorname} ${p.nachname}`
    .split(/[\s\-‐–]+/u)
    .map((t) => t.trim())
    .filter((t) => t.length >= 2);
  const formen = new Set<string>([
    `${p.vorname.trim()} ${p.nachname.trim()}`,
    `${p.nachname.trim()}, ${p.vorname.trim()}`,
    p.vorname.trim(),
    p.nachname.trim(),
    ...teile,
  ]);
  return [...formen].filter((f) => f.length >= 2);
}

/** 2010-04-03 → the ways it may be typed: 03.04.2010, 3.4.2010, 3.4.10, 03.04.10, 2010-04-03. */
function datumsformen(iso: string): string[] {
  const [j, m, t] = iso.split('-');
  const mm = String(Number(m));
  const tt = String(Number(t));
  const jj = j.slice(2);
  return [
    iso,
    `${t}.${m}.${j}`,
    `${tt}.${mm}.${j}`,
    `${t}.${m}.${jj}`,
    `${tt}.${mm}.${jj}`,
    `${tt}. ${mm}. ${j}`,
  ];
}

export type Ersetzer = (text: string) => string;

/**
 * A function that pseudonymises free text of this case. Person names map to their label; everything else
 * identifying to a bracketed placeholder.
 */
export function pseudonymisierer(
  personen: readonly PseudoPerson[],
  aktenzeichen: readonly string[],
): Ersetzer {
  const namen = bezeichnungen(personen);
  const regeln: { muster: RegExp; ersatz: string }[] = [];
  const formen: { form: string; ersatz: string }[] = [];
  for (const p of personen) {
    for (const form of namensformen(p)) formen.push({ form, ersatz: namen.get(p.id) as string });
  }
  // Longest first, so "Lena Müller" becomes one label, not "Junger Mensch A Junger Mensch A".
  formen.sort((a, b) => b.form.length - a.form.length);
  for (const { form, ersatz } of formen) {
    const muster = maske(form).replace(/\s+/g, '\\s+');
    regeln.push({ muster: new RegExp(`${VOR}${muster}${NACH}`, 'giu'), ersatz });
  }
  for (const az of aktenzeichen.filter((a) => a.trim().length > 0)) {
    regeln.push({ muster: new RegExp(maske(az.trim()), 'giu'), ersatz: '[Aktenzeichen]' });
  }
  for (const p of personen) {
    if (!p.geburtsdatum) continue;
    for (const f of datumsformen(p.geburtsdatum)) {
      regeln.push({ muster: new RegExp(`(?<!\\d)${maske(f)}(?!\\d)`, 'g'), ersatz: '[Geburtsdatum]' });
    }
  }
  const allgemein: { muster: RegExp; ersatz: string }[] = [
    { muster: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, ersatz: '[E-Mail]' },
    // Phone numbers: a + or 0 and at least six more digits, with the usual separators.
    { muster: /(?<![\p{L}\p{N}])(?:\+|0)[\d\s/()-]{6,}\d/gu, ersatz: '[Telefon]' },
    // Street and number ("Hafenstraße 5", "Am Markt 12a"), and five-digit postcodes with their town.
    {
      muster:
        /[\p{L}.-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee)\s+\d+\s?[a-z]?(?![\p{L}\p{N}])/giu,
      ersatz: '[Anschrift]',
    },
    { muster: /(?<!\d)\d{5}(?!\d)(?:\s+\p{Lu}[\p{L}-]+)?/gu, ersatz: '[PLZ Ort]' },
    // People the case file does not list ("Frau Schmidt von der Schule"): the name after the title goes.
    {
      muster: new RegExp(
        `(${VOR}(?:Herr|Herrn|Frau|Hr\\.|Fr\\.|Dr\\.))\\s+(?!(?:${Object.values(ROLLEN_BEZEICHNUNG).join('|')}|Person|Junger)\\s)\\p{Lu}[\\p{L}-]+`,
        'gu',
      ),
      ersatz: '$1 [Name]',
    },
  ];
  const alle = [...regeln, ...allgemein];
  return (text: string) => alle.reduce((t, r) => t.replace(r.muster, r.ersatz), text);
}

/** Full years between the birth date and `stichtag` (both ISO). */
export function alterInJahren(geburtsdatum: string, stichtag: string): number {
  const [gj, gm, gt] = geburtsdatum.split('-').map(Number);
  const [sj, sm, st] = stichtag.split('-').map(Number);
  return sj - gj - (sm < gm || (sm === gm && st < gt) ? 1 : 0);
}

/** Every string inside a JSON-like value, pseudonymised; structure and non-strings stay. */
export function pseudonymisiereWert(wert: unknown, ersetze: Ersetzer): unknown {
  if (typeof wert === 'string') return ersetze(wert);
  if (Array.isArray(wert)) return wert.map((w) => pseudonymisiereWert(w, ersetze));
  if (wert && typeof wert === 'object') {
    return Object.fromEntries(
      Object.entries(wert as Record<string, unknown>).map(([k, w]) => [k, pseudonymisiereWert(w, ersetze)]),
    );
  }
  return wert;
}
