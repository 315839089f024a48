import type { KatalogEintrag } from '@hilfewerk/api';

/** "Nachbetreuung KIJU – Eigene Wohnung" from ids; falls back to the ids while the catalogue loads. */
export function leistungsTitel(
  katalog: KatalogEintrag[] | undefined,
  leistung: string | null,
  variante?: string | null,
): string {
  if (!leistung) return '–';
  const eintrag = katalog?.find((e) => e.id === leistung);
  const titel = eintrag?.titel ?? leistung;
  if (!variante) return titel;
  const varianteTitel = eintrag?.varianten.find((v) => v.id === variante)?.titel ?? variante;
  return `${titel} – ${varianteTitel}`;
}
