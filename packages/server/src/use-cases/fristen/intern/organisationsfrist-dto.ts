import type { organisationsfrist } from '@hilfewerk/db';
import { fristenkataloge, fristStatus } from '@hilfewerk/rules';

/** The clause of an organisation deadline rule, from the catalogue. */
export function quelleDerOrganisationsregel(regel: string): string | null {
  for (const katalog of fristenkataloge().values()) {
    const r = katalog.organisationsfristen.find((x) => x.id === regel);
    if (r) return r.quelle;
  }
  return null;
}

export function organisationsfristDto(o: typeof organisationsfrist.$inferSelect, heute: string) {
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
  };
}

export type OrganisationsfristDto = ReturnType<typeof organisationsfristDto>;
