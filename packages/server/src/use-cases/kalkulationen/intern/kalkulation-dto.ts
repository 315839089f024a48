import { benutzer, type Db, kalkulation } from '@hilfewerk/db';
import { asc, eq } from 'drizzle-orm';
import { NichtGefunden } from '../../../fehler.ts';
import type { Kalkulationsergebnis } from './rechne.ts';

type Zeile = typeof kalkulation.$inferSelect;

/** One saved version as the API shows it in lists: who saved it, when, and the Entgelt. */
export function kalkulationKopf(z: Zeile, autor: string | null) {
  const ergebnis = z.ergebnis as Kalkulationsergebnis | null;
  return {
    id: z.id,
    reiheId: z.reiheId,
    bezeichnung: z.bezeichnung,
    leistung: z.leistung,
    variante: z.variante,
    stichtag: z.stichtag,
    version: z.version,
    kommentar: z.kommentar,
    entgelt: z.entgelt === null ? null : { betrag: z.entgelt, einheit: ergebnis?.entgelt.einheit ?? '' },
    erstelltAm: z.erstelltAm.toISOString(),
    erstelltVon: z.erstelltVon ? { id: z.erstelltVon, name: autor ?? '' } : null,
  };
}

export type KalkulationKopf = ReturnType<typeof kalkulationKopf>;

export interface KalkulationDetail extends KalkulationKopf {
  eingabe: Record<string, unknown>;
  ergebnis: Kalkulationsergebnis;
  /** Every version of the series, oldest first. */
  versionen: KalkulationKopf[];
}

/**
 * One saved version by its id, with all versions of its series (oldest first). Row-level security limits
 * the query to the own organisation: anything else answers 404 without saying it exists.
 */
export async function ladeKalkulation(tx: Db, id: string): Promise<KalkulationDetail> {
  const [treffer] = await tx
    .select({ reiheId: kalkulation.reiheId })
    .from(kalkulation)
    .where(eq(kalkulation.id, id));
  if (!treffer) throw new NichtGefunden('Die Kalkulation');
  const reihe = await tx
    .select({ k: kalkulation, autor: benutzer.name })
    .from(kalkulation)
    .leftJoin(benutzer, eq(benutzer.id, kalkulation.erstelltVon))
    .where(eq(kalkulation.reiheId, treffer.reiheId))
    .orderBy(asc(kalkulation.version));
  const gewaehlt = reihe.find((z) => z.k.id === id) ?? reihe[reihe.length - 1];
  return {
    ...kalkulationKopf(gewaehlt.k, gewaehlt.autor),
    eingabe: gewaehlt.k.eingabe as Record<string, unknown>,
    ergebnis: gewaehlt.k.ergebnis as Kalkulationsergebnis,
    versionen: reihe.map((z) => kalkulationKopf(z.k, z.autor)),
  };
}
