import { type Db, type leistungseintrag, leistungseintragTeilnahme } from '@hilfewerk/db';
import { asc, inArray } from 'drizzle-orm';

type Zeile = typeof leistungseintrag.$inferSelect;

/** `HH:MM:SS` from the database → `HH:MM`. */
const uhrzeit = (t: string | null) => (t ? t.slice(0, 5) : null);

export function leistungDto(e: Zeile, teilnahmen: { hilfeId: string; fallId: string; minuten: number }[]) {
  return {
    id: e.id,
    datum: e.datum,
    beginn: uhrzeit(e.beginn),
    ende: uhrzeit(e.ende),
    minuten: e.minuten,
    art: e.art,
    qualifikation: e.qualifikation,
    hilfeId: e.hilfeId,
    fallId: e.fallId,
    gruppenangebot: e.gruppenangebot,
    teilnahmen,
    bemerkung: e.bemerkung,
    abgeschlossen: e.monatsabschlussId !== null,
    version: e.version,
    erfasstAm: e.erfasstAm.toISOString(),
  };
}

export type LeistungDto = ReturnType<typeof leistungDto>;

/** The entries with their group shares, in one extra query. */
export async function alsDtos(tx: Db, zeilen: Zeile[]): Promise<LeistungDto[]> {
  const ids = zeilen.filter((z) => z.gruppenangebot !== null).map((z) => z.id);
  const teil =
    ids.length === 0
      ? []
      : await tx
          .select()
          .from(leistungseintragTeilnahme)
          .where(inArray(leistungseintragTeilnahme.eintragId, ids))
          .orderBy(asc(leistungseintragTeilnahme.hilfeId));
  const jeEintrag = new Map<string, { hilfeId: string; fallId: string; minuten: number }[]>();
  for (const t of teil) {
    const liste = jeEintrag.get(t.eintragId) ?? [];
    liste.push({ hilfeId: t.hilfeId, fallId: t.fallId, minuten: t.minuten });
    jeEintrag.set(t.eintragId, liste);
  }
  return zeilen.map((z) => leistungDto(z, jeEintrag.get(z.id) ?? []));
}
