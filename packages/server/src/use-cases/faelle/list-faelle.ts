import type { fallFilter } from '@hilfewerk/api';
import { fall, hilfe, organisation, person } from '@hilfewerk/db';
import { and, eq, exists, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { fallImUmfang } from './intern/fall-umfang.ts';
import { zaehlungenFuer } from './intern/zaehlungen.ts';

/** As the route's schema in @hilfewerk/api parses it. */
export type FaelleFilter = z.infer<typeof fallFilter>;

/** Escapes LIKE wildcards so a search for "50%" finds "50%", not everything. */
function muster(text: string): string {
  return `%${text.replace(/[\\%_]/g, (z) => `\\${z}`)}%`;
}

/**
 * The cases the user reaches, one page, with the newest Hilfe's Leistung and Jugendamt.
 * Leistung and Jugendamt filters apply to that newest Hilfe, the one the list shows.
 */
export async function listFaelle(k: Kontext, f: FaelleFilter) {
  const umfang = requireAccess(k, 'fall', 'lesen');
  // A Jugendamt sees only its own Hilfen of a case, so "newest" is among those (RLS agrees).
  const hilfeSichtbar = umfang === 'jugendamt' ? sql`and h.jugendamt_id = ${k.auth.organisation.id}` : sql``;
  const neueste = sql`(select h.id from ${hilfe} h where h.fall_id = ${fall.id} ${hilfeSichtbar}
    order by h.beginn desc, h.id desc limit 1)`;
  const bedingungen: (SQL | undefined)[] = [fallImUmfang(k, umfang)];
  if (f.status) bedingungen.push(eq(fall.status, f.status));
  if (f.suche) {
    const m = muster(f.suche.trim());
    bedingungen.push(
      or(
        ilike(fall.aktenzeichen, m),
        ilike(fall.bezeichnung, m),
        exists(
          sql`(select 1 from ${person} p where p.fall_id = ${fall.id}
              and (p.vorname ilike ${m} or p.nachname ilike ${m} or (p.vorname || ' ' || p.nachname) ilike ${m}))`,
        ),
      ),
    );
  }
  if (f.leistung) bedingungen.push(sql`${hilfe.leistung} = ${f.leistung}`);
  if (f.jugendamt) bedingungen.push(sql`${hilfe.jugendamtId} = ${f.jugendamt}`);
  const wo = and(...bedingungen);
  const mitHilfe = f.leistung || f.jugendamt ? sql`left join ${hilfe} on ${hilfe.id} = ${neueste}` : sql``;

  // The page of cases, then the newest Hilfe of just these (a lateral join): joining the newest
  // Hilfe to every case before sorting would cost one subquery per case of the organisation.
  const seite = sql`select s.id, s.aktenzeichen, s.bezeichnung, s.status, s.version,
      n.leistung, n.variante, n.beginn, n.jugendamt_id,
      (select o.name from ${organisation} o where o.id = n.jugendamt_id) as jugendamt_name
    from (select ${fall.id}, ${fall.aktenzeichen}, ${fall.bezeichnung}, ${fall.status}, ${fall.version}
      from ${fall} ${mitHilfe} where ${wo}
      order by ${fall.aktenzeichen} limit ${f.proSeite} offset ${(f.seite - 1) * f.proSeite}) s
    left join lateral (select h.leistung, h.variante, h.beginn, h.jugendamt_id from ${hilfe} h
      where h.fall_id = s.id ${hilfeSichtbar} order by h.beginn desc, h.id desc limit 1) n on true
    order by s.aktenzeichen`;

  // The total for paging: counting every reachable case through RLS is the dearest part of the
  // request, so a total is reused for a few seconds unless this server changed data meanwhile.
  const zaehlungen = zaehlungenFuer(k.db);
  const stand = zaehlungen.stand();
  const schluessel = JSON.stringify([
    k.auth.benutzer.id,
    k.auth.benutzer.rolle,
    f.suche,
    f.leistung,
    f.jugendamt,
    f.status,
  ]);
  const bekannt = zaehlungen.hole(schluessel, stand);
  const anweisungen = [seite];
  if (!bekannt) anweisungen.push(sql`select count(*)::int as n from ${fall} ${mitHilfe} where ${wo}`);
  const ergebnis = k.db.lies(txKontext(k.auth), anweisungen);
  let zahl = bekannt;
  if (!zahl) {
    zahl = ergebnis.then(([, z]) => Number(z[0].n));
    zaehlungen.merke(schluessel, stand, zahl);
  }
  const [[zeilen], gesamtzahl] = await Promise.all([ergebnis, zahl]);
  return {
    gesamtzahl,
    faelle: zeilen.map((z) => ({
      id: z.id as string,
      aktenzeichen: z.aktenzeichen as string,
      bezeichnung: z.bezeichnung as string,
      leistung: (z.leistung as string | null) ?? null,
      variante: (z.variante as string | null) ?? null,
      jugendamt: z.jugendamt_id
        ? { id: z.jugendamt_id as string, name: (z.jugendamt_name as string) ?? '' }
        : null,
      status: z.status as (typeof fall.status.enumValues)[number],
      beginn: (z.beginn as string | null) ?? null,
      version: z.version as number,
    })),
  };
}
