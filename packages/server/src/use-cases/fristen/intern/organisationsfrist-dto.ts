import { type Db, dokument, type organisationsfrist } from '@hilfewerk/db';
import { fristenkataloge, fristStatus } from '@hilfewerk/rules';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';

const EIGEN = 'eigen-';

/** The clause of an organisation deadline rule, from the catalogue; an own duty names the Leitung. */
export function quelleDerOrganisationsregel(regel: string): string | null {
  if (regel.startsWith(EIGEN)) return 'Eigene Pflicht der Leitung';
  for (const katalog of fristenkataloge().values()) {
    const r = katalog.organisationsfristen.find((x) => x.id === regel);
    if (r) return r.quelle;
  }
  return null;
}

export interface Bericht {
  id: string;
  name: string;
  mime: string;
  groesse: number;
}

/**
 * The reports attached to these deadlines, by deadline id, without content. Row-level security shows them to
 * Leitung and Administration only; for other roles the map is empty and the list shows no link.
 */
export async function berichteZu(
  tx: Db,
  organisationId: string,
  ids: string[],
): Promise<Map<string, Bericht>> {
  if (ids.length === 0) return new Map();
  const zeilen = await tx
    .select({
      id: dokument.id,
      fristId: dokument.organisationsfristId,
      name: dokument.name,
      mime: dokument.mime,
      groesse: dokument.groesse,
    })
    .from(dokument)
    .where(
      and(
        eq(dokument.organisationId, organisationId),
        isNotNull(dokument.organisationsfristId),
        inArray(dokument.organisationsfristId, ids),
      ),
    );
  return new Map(zeilen.map(({ fristId, ...b }) => [fristId as string, b]));
}

export function organisationsfristDto(
  o: typeof organisationsfrist.$inferSelect,
  heute: string,
  bericht: Bericht | null = null,
) {
  return {
    id: o.id,
    regel: o.regel,
    bezeichnung: o.bezeichnung,
    quelle: quelleDerOrganisationsregel(o.regel),
    faellig: o.faellig,
    status: fristStatus({
      faellig: o.faellig,
      erledigtAm: o.status === 'erledigt' ? (o.erledigtAm ?? o.faellig) : null,
      entfallen: o.status === 'entfallen',
      heute,
    }),
    erledigtAm: o.erledigtAm,
    erledigtVon: o.erledigtVon,
    nachweis: o.nachweis,
    bericht,
    eigenePflichtId: o.regel.startsWith(EIGEN) ? o.regel.slice(EIGEN.length) : null,
  };
}

export type OrganisationsfristDto = ReturnType<typeof organisationsfristDto>;
