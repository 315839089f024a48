import { alterAm } from './alter.ts';

/** Bremerhaven's variants name their paragraph (003 II.1). */
const NACH_VARIANTE: Record<string, string> = {
  'p27-2': '§ 27 Abs. 2 SGB VIII',
  'p30-1': '§ 30 SGB VIII',
  'p30-2': '§ 30 SGB VIII',
  p31: '§ 31 SGB VIII',
  p35: '§ 35 SGB VIII',
};

/**
 * The legal basis a granted Hilfe starts with: the variant's paragraph where it names one; § 41 for a young
 * adult where the Leistung allows it; else the catalogue's first. The provider can correct it on the Hilfe.
 */
export function rechtsgrundlageFuer(
  eintrag: { rechtsgrundlage: string[] },
  variante: string | null,
  geburtsdatum: string,
  beginn: string,
): string {
  if (variante && NACH_VARIANTE[variante]) return NACH_VARIANTE[variante];
  const p41 = eintrag.rechtsgrundlage.find((r) => r.startsWith('§ 41'));
  if (p41 && alterAm(geburtsdatum, beginn) >= 18) return p41;
  return eintrag.rechtsgrundlage[0] ?? '§ 27 SGB VIII';
}
