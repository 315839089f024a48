import { type Db, fall, hilfe, organisation, person } from '@hilfewerk/db';
import { and, asc, eq } from 'drizzle-orm';
import { katalogEintrag } from '../../../katalog.ts';

/** The letterhead of a sent report, fixed at sending (bericht.kopf). */
export interface Briefkopf {
  traeger: string;
  jugendamt: string;
  jugendamtId: string;
  aktenzeichen: string;
  aktenzeichenJugendamt: string | null;
  leistung: string;
  hilfebeginn: string;
  jungerMensch: { vorname: string; nachname: string; geburtsdatum: string | null } | null;
  gesendetVon: string;
}

export async function briefkopf(
  tx: Db,
  b: { organisationId: string; hilfeId: string; fallId: string },
  gesendetVon: string,
): Promise<Briefkopf> {
  const [h] = await tx
    .select({ h: hilfe, aktenzeichen: fall.aktenzeichen })
    .from(hilfe)
    .innerJoin(fall, and(eq(fall.id, hilfe.fallId), eq(fall.organisationId, hilfe.organisationId)))
    .where(and(eq(hilfe.id, b.hilfeId), eq(hilfe.organisationId, b.organisationId)));
  const namen = new Map(
    (
      await tx
        .select({ id: organisation.id, name: organisation.name })
        .from(organisation)
        .where(eq(organisation.id, b.organisationId))
        .unionAll(
          tx
            .select({ id: organisation.id, name: organisation.name })
            .from(organisation)
            .where(eq(organisation.id, h.h.jugendamtId)),
        )
    ).map((o) => [o.id, o.name]),
  );
  const [jung] = await tx
    .select({ vorname: person.vorname, nachname: person.nachname, geburtsdatum: person.geburtsdatum })
    .from(person)
    .where(and(eq(person.fallId, b.fallId), eq(person.rolle, 'junger_mensch')))
    .orderBy(asc(person.nachname))
    .limit(1);
  const eintrag = katalogEintrag(h.h.leistung);
  const variante = eintrag?.varianten.find((v) => v.id === h.h.variante)?.titel;
  return {
    traeger: namen.get(b.organisationId) ?? '',
    jugendamt: namen.get(h.h.jugendamtId) ?? '',
    jugendamtId: h.h.jugendamtId,
    aktenzeichen: h.aktenzeichen,
    aktenzeichenJugendamt: h.h.aktenzeichenJugendamt,
    leistung: [eintrag?.titel ?? h.h.leistung, variante].filter(Boolean).join(' – '),
    hilfebeginn: h.h.beginn,
    jungerMensch: jung ?? null,
    gesendetVon,
  };
}
