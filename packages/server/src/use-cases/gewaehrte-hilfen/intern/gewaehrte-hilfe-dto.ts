import { BERICHT_ART_TEXT, FRISTEN_FUER_DAS_JUGENDAMT, type GewaehrteHilfe } from '@hilfewerk/api';
import { bericht, type Db, fall, frist, hilfe, organisation, person, posteingang } from '@hilfewerk/db';
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';

type FristZeile = typeof frist.$inferSelect;

const offen = (f: FristZeile) => f.status === 'offen' || f.status === 'ueberfaellig';

/** A deadline as the Jugendamt sees it: no proof text, no person — only what is due and whether it was met. */
function fristDto(f: FristZeile, heute: string) {
  return {
    id: f.id,
    regel: f.regel,
    bezeichnung: f.bezeichnung,
    faellig: f.faellig,
    status: f.status,
    ueberfaellig: offen(f) && f.faellig !== null && f.faellig < heute,
    erledigtAm: f.erledigtAm,
  };
}

/** Overdue first, then by due date; those without a date last. */
const nachDringlichkeit = (a: ReturnType<typeof fristDto>, b: ReturnType<typeof fristDto>) =>
  Number(b.ueberfaellig) - Number(a.ueberfaellig) ||
  (a.faellig ?? '9999').localeCompare(b.faellig ?? '9999') ||
  a.bezeichnung.localeCompare(b.bezeichnung);

/**
 * The Hilfen of this Jugendamt matching `wo`, with their deadlines owed to it and the reports it received. Runs
 * under the ASD's own role: RLS gives it only Hilfen it granted, only those deadlines and only sent reports; the
 * filter on `jugendamt_id` says the same in the query.
 */
export async function ladeGewaehrteHilfen(tx: Db, jugendamtId: string, heute: string, wo?: SQL) {
  const hilfen = await tx
    .select({ h: hilfe, aktenzeichen: fall.aktenzeichen, traeger: organisation.name })
    .from(hilfe)
    .innerJoin(fall, and(eq(fall.id, hilfe.fallId), eq(fall.organisationId, hilfe.organisationId)))
    .leftJoin(organisation, eq(organisation.id, hilfe.organisationId))
    .where(and(eq(hilfe.jugendamtId, jugendamtId), wo))
    .orderBy(asc(fall.aktenzeichen), asc(hilfe.beginn));
  if (hilfen.length === 0) return [];
  const ids = hilfen.map((z) => z.h.id);
  const fallIds = hilfen.map((z) => z.h.fallId);
  const [fristen, berichte, personen, quittungen] = await Promise.all([
    tx
      .select()
      .from(frist)
      .where(and(inArray(frist.hilfeId, ids), inArray(frist.regel, [...FRISTEN_FUER_DAS_JUGENDAMT]))),
    tx
      .select()
      .from(bericht)
      .where(and(inArray(bericht.hilfeId, ids), eq(bericht.status, 'gesendet')))
      .orderBy(desc(bericht.gesendetAm)),
    tx
      .select({ fallId: person.fallId, vorname: person.vorname, nachname: person.nachname })
      .from(person)
      .where(and(inArray(person.fallId, fallIds), eq(person.rolle, 'junger_mensch'))),
    tx
      .select({ bezugId: posteingang.bezugId, gelesenAm: posteingang.gelesenAm })
      .from(posteingang)
      .where(and(inArray(posteingang.hilfeId, ids), eq(posteingang.art, 'bericht'))),
  ]);
  const gelesen = new Map(quittungen.map((q) => [q.bezugId, q.gelesenAm]));
  return hilfen.map(({ h, aktenzeichen, traeger }) => {
    const alle = fristen
      .filter((f) => f.hilfeId === h.id && f.status !== 'entfallen')
      .map((f) => fristDto(f, heute))
      .sort(nachDringlichkeit);
    const offene = alle.filter((f) => f.status === 'offen' || f.status === 'ueberfaellig');
    const empfangen = berichte
      .filter((b) => b.hilfeId === h.id)
      .map((b) => ({
        id: b.id,
        art: b.art,
        titel: BERICHT_ART_TEXT[b.art],
        gesendetAm: (b.gesendetAm as Date).toISOString(),
        gelesenAm: gelesen.get(b.id)?.toISOString() ?? null,
      }));
    const jm = personen.find((p) => p.fallId === h.fallId);
    const zeile: GewaehrteHilfe = {
      id: h.id,
      fallId: h.fallId,
      aktenzeichen,
      aktenzeichenJugendamt: h.aktenzeichenJugendamt,
      jungerMensch: jm ? `${jm.vorname} ${jm.nachname}` : '',
      traeger: { id: h.organisationId, name: traeger ?? '' },
      leistung: h.leistung,
      beginn: h.beginn,
      geplantesEnde: h.geplantesEnde,
      tatsaechlichesEnde: h.tatsaechlichesEnde,
      offeneFristen: offene.length,
      ueberfaelligeFristen: offene.filter((f) => f.ueberfaellig).length,
      naechsteFrist: offene[0] ?? null,
      berichte: empfangen.length,
      ungeleseneBerichte: empfangen.filter((b) => b.gelesenAm === null).length,
    };
    return { ...zeile, fristen: alle, empfangeneBerichte: empfangen };
  });
}
