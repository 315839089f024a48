import { anfrage, type Db, organisation } from '@hilfewerk/db';
import { desc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { NichtGefunden } from '../../../fehler.ts';

const traeger = alias(organisation, 'traeger');
const jugendamt = alias(organisation, 'jugendamt');

type Zeile = { a: typeof anfrage.$inferSelect; traeger: string | null; jugendamt: string | null };

export function anfrageDto({ a, traeger: traegerName, jugendamt: jugendamtName }: Zeile) {
  return {
    id: a.id,
    traeger: { id: a.organisationId, name: traegerName ?? '' },
    jugendamt: { id: a.jugendamtId, name: jugendamtName ?? '' },
    leistung: a.leistung,
    variante: a.variante,
    jungerMensch: { vorname: a.vorname, nachname: a.nachname, geburtsdatum: a.geburtsdatum },
    beginn: a.beginn,
    umfangStundenMonat: a.umfangStundenMonat === null ? null : Number(a.umfangStundenMonat),
    empfehlung: a.empfehlung,
    kinderschutzrelevant: a.kinderschutzrelevant,
    anlass: a.anlass,
    aktenzeichenJugendamt: a.aktenzeichenJugendamt,
    herkunft: a.herkunft,
    herkunftText: a.herkunftText,
    status: a.status,
    zugesagterBeginn: a.zugesagterBeginn,
    fallId: a.fallId,
    hilfeId: a.hilfeId,
    absagegrund: a.absagegrund,
    erstelltAm: a.erstelltAm.toISOString(),
    beantwortetAm: a.beantwortetAm?.toISOString() ?? null,
  };
}

export type AnfrageDto = ReturnType<typeof anfrageDto>;

/** Requests with the names of both sides, newest first; RLS lets each side see only its own. */
export async function ladeAnfragen(tx: Db, wo: SQL | undefined): Promise<AnfrageDto[]> {
  const zeilen = await tx
    .select({ a: anfrage, traeger: traeger.name, jugendamt: jugendamt.name })
    .from(anfrage)
    .leftJoin(traeger, eq(traeger.id, anfrage.organisationId))
    .leftJoin(jugendamt, eq(jugendamt.id, anfrage.jugendamtId))
    .where(wo)
    .orderBy(desc(anfrage.erstelltAm), desc(anfrage.id));
  return zeilen.map(anfrageDto);
}

export async function ladeAnfrage(tx: Db, wo: SQL): Promise<AnfrageDto> {
  const [a] = await ladeAnfragen(tx, wo);
  if (!a) throw new NichtGefunden('Die Anfrage');
  return a;
}
