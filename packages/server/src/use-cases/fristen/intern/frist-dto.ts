import { benutzer, type Db, fall, frist, hilfe } from '@hilfewerk/db';
import { fristenkataloge, fristStatus } from '@hilfewerk/rules';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';

/** The clause a rule comes from, read from the catalogue (not stored: the catalogue is the source). */
export function quelleDerRegel(leistung: string, regel: string): string | null {
  const katalog = fristenkataloge().get(leistung);
  const r = [...(katalog?.regeln ?? []), ...(katalog?.anwendungsregeln ?? [])].find((x) => x.id === regel);
  return r?.quelle ?? null;
}

const fristSpalten = {
  f: frist,
  aktenzeichen: fall.aktenzeichen,
  leistung: hilfe.leistung,
  erledigtVonName: benutzer.name,
};

type FristZeile = {
  f: typeof frist.$inferSelect;
  aktenzeichen: string;
  leistung: string;
  erledigtVonName: string | null;
};

/** A case deadline as the API shows it; `status` is computed for today, so `ueberfaellig` is always current. */
export function fristDto(z: FristZeile, heute: string) {
  const f = z.f;
  return {
    id: f.id,
    fallId: f.fallId,
    aktenzeichen: z.aktenzeichen,
    hilfeId: f.hilfeId,
    leistung: z.leistung,
    regel: f.regel,
    bezeichnung: f.bezeichnung,
    quelle: quelleDerRegel(z.leistung, f.regel),
    faellig: f.faellig,
    status: fristStatus({
      faellig: f.faellig,
      erledigtAm: f.status === 'erledigt' ? (f.erledigtAm ?? f.faellig ?? heute) : null,
      entfallen: f.status === 'entfallen',
      heute,
      hinweis: f.kurzfristig ? 'kurzfristig' : null,
    }),
    kurzfristig: f.kurzfristig,
    ereignisId: f.ereignisId,
    erledigtAm: f.erledigtAm,
    erledigtVon: f.erledigtVon ? { id: f.erledigtVon, name: z.erledigtVonName ?? '' } : null,
    nachweis: f.nachweis,
  };
}

export type FristDto = ReturnType<typeof fristDto>;

/** Deadlines with their case and Hilfe, filtered by `wo` (which must include the caller's record scope). */
export async function ladeFristen(tx: Db, wo: SQL | undefined, heute: string): Promise<FristDto[]> {
  const zeilen = await tx
    .select(fristSpalten)
    .from(frist)
    .innerJoin(fall, eq(fall.id, frist.fallId))
    .innerJoin(hilfe, eq(hilfe.id, frist.hilfeId))
    .leftJoin(benutzer, eq(benutzer.id, frist.erledigtVon))
    .where(wo)
    .orderBy(sql`${frist.faellig} asc nulls last`, asc(fall.aktenzeichen), asc(frist.regel));
  return zeilen.map((z) => fristDto(z, heute));
}

/** Open (and so possibly overdue) deadlines only. */
export const nurOffene = (wo: SQL | undefined) => and(wo, eq(frist.status, 'offen'));
