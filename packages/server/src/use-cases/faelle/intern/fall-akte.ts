import { benutzer, type Db, ereignis, type fall, fallTeam, hilfe, organisation, person } from '@hilfewerk/db';
import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Kontext } from '../../../access/kontext.ts';
import { hatZugriff } from '../../../access/require-access.ts';
import { NichtGefunden } from '../../../fehler.ts';

const jugendamt = alias(organisation, 'jugendamt');

export function personDto(p: typeof person.$inferSelect) {
  return {
    id: p.id,
    rolle: p.rolle,
    vorname: p.vorname,
    nachname: p.nachname,
    geburtsdatum: p.geburtsdatum,
    zustimmungVon: p.zustimmungVon,
    zustimmungAm: p.zustimmungAm,
    version: p.version,
  };
}

export function hilfeDto(h: typeof hilfe.$inferSelect, jugendamtName: string | null) {
  return {
    id: h.id,
    leistung: h.leistung,
    variante: h.variante,
    rechtsgrundlage: h.rechtsgrundlage,
    jugendamt: { id: h.jugendamtId, name: jugendamtName ?? '' },
    aktenzeichenJugendamt: h.aktenzeichenJugendamt,
    beginn: h.beginn,
    geplantesEnde: h.geplantesEnde,
    tatsaechlichesEnde: h.tatsaechlichesEnde,
    endegrund: h.endegrund,
    beendigung: h.beendigung,
    ausnahmeBegruendung: h.ausnahmeBegruendung,
    vorgaengerHilfeId: h.vorgaengerHilfeId,
    herkunft: h.herkunft,
    herkunftText: h.herkunftText,
    berichtsintervallMonate: h.berichtsintervallMonate,
    zusatzleistungen: h.zusatzleistungen as {
      datum: string;
      text: string;
      betrag: string;
      genehmigung: string;
    }[],
    /** The Jugendamt's staffing recommendation; binding when `kinderschutzrelevant` (003 II.5). */
    empfehlung: h.empfehlung,
    kinderschutzrelevant: h.kinderschutzrelevant,
    version: h.version,
  };
}

/**
 * One event of the timeline. `erfasstVon` names who recorded it (the name is null when the
 * account is gone or belongs to another organisation, and the id is null when it was never known).
 */
export function ereignisDto(e: typeof ereignis.$inferSelect, mitNotiz: boolean, erfasserName: string | null) {
  return {
    id: e.id,
    hilfeId: e.hilfeId,
    art: e.art,
    datum: e.datum,
    bekanntSeit: e.bekanntSeit,
    // Event notes are case narrative: roles without narrative access get null, not the text.
    notiz: mitNotiz ? e.notiz : null,
    erfasstVon: e.erfasstVon ? { id: e.erfasstVon, name: erfasserName } : null,
    erfasstAm: e.erfasstAm.toISOString(),
    version: e.version,
  };
}

export async function ladeHilfe(tx: Db, hilfeId: string) {
  const [z] = await tx
    .select({ h: hilfe, name: jugendamt.name })
    .from(hilfe)
    .leftJoin(jugendamt, eq(jugendamt.id, hilfe.jugendamtId))
    .where(eq(hilfe.id, hilfeId));
  if (!z) throw new NichtGefunden('Die Hilfe');
  return hilfeDto(z.h, z.name);
}

/**
 * The case file as GET /api/faelle/:id returns it. Parts the role may not read come back empty:
 * a Jugendamt sees master data and Hilfen only, Verwaltung no narrative.
 */
export async function fallAkte(tx: Db, k: Kontext, f: typeof fall.$inferSelect) {
  const personen = await tx
    .select()
    .from(person)
    .where(eq(person.fallId, f.id))
    .orderBy(asc(person.nachname));
  const hilfen = await tx
    .select({ h: hilfe, name: jugendamt.name })
    .from(hilfe)
    .leftJoin(jugendamt, eq(jugendamt.id, hilfe.jugendamtId))
    .where(eq(hilfe.fallId, f.id))
    .orderBy(asc(hilfe.beginn));
  const ereignisse = hatZugriff(k, 'ereignis', 'lesen')
    ? await tx
        .select({ e: ereignis, name: benutzer.name })
        .from(ereignis)
        .leftJoin(benutzer, eq(benutzer.id, ereignis.erfasstVon))
        .where(eq(ereignis.fallId, f.id))
        .orderBy(asc(ereignis.datum))
    : [];
  const team = hatZugriff(k, 'team', 'lesen')
    ? await tx
        .select({ benutzerId: benutzer.id, name: benutzer.name, rolle: benutzer.rolle })
        .from(fallTeam)
        .innerJoin(benutzer, eq(benutzer.id, fallTeam.benutzerId))
        .where(eq(fallTeam.fallId, f.id))
        .orderBy(asc(benutzer.name))
    : [];
  const mitNotiz = hatZugriff(k, 'ereignisNotiz', 'lesen');
  return {
    id: f.id,
    aktenzeichen: f.aktenzeichen,
    bezeichnung: f.bezeichnung,
    status: f.status,
    version: f.version,
    personen: personen.map(personDto),
    hilfen: hilfen.map((z) => hilfeDto(z.h, z.name)),
    ereignisse: ereignisse.map((z) => ereignisDto(z.e, mitNotiz, z.name)),
    team,
  };
}

export type FallAkte = Awaited<ReturnType<typeof fallAkte>>;
