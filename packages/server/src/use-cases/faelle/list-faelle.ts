import { fall, hilfe, organisation, person } from '@hilfewerk/db';
import { and, asc, count, desc, eq, exists, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { fallImUmfang } from './fall-umfang.ts';

export interface FaelleFilter {
  suche?: string;
  leistung?: string;
  jugendamt?: string;
  status?: 'aktiv' | 'beendet';
  seite: number;
  proSeite: number;
}

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
  const hilfeFilter = umfang === 'jugendamt' ? eq(hilfe.jugendamtId, k.auth.organisation.id) : undefined;
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
  const mitHilfeFilter = Boolean(f.leistung || f.jugendamt);

  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const basis = tx.select({ n: count() }).from(fall);
    const zaehlung = mitHilfeFilter ? basis.leftJoin(hilfe, sql`${hilfe.id} = ${neueste}`) : basis;
    const [{ n }] = await zaehlung.where(wo);
    // The page first, then the newest Hilfe of just these cases: joining the newest Hilfe to
    // every case before sorting would cost one subquery per case of the organisation.
    const seite = tx
      .select({
        id: fall.id,
        aktenzeichen: fall.aktenzeichen,
        bezeichnung: fall.bezeichnung,
        status: fall.status,
        version: fall.version,
      })
      .from(fall);
    const faelle = await (mitHilfeFilter ? seite.leftJoin(hilfe, sql`${hilfe.id} = ${neueste}`) : seite)
      .where(wo)
      .orderBy(asc(fall.aktenzeichen))
      .limit(f.proSeite)
      .offset((f.seite - 1) * f.proSeite);
    const ids = faelle.map((z) => z.id);
    const hilfen =
      ids.length === 0
        ? []
        : await tx
            .selectDistinctOn([hilfe.fallId], {
              fallId: hilfe.fallId,
              leistung: hilfe.leistung,
              variante: hilfe.variante,
              beginn: hilfe.beginn,
              jugendamtId: organisation.id,
              jugendamtName: organisation.name,
            })
            .from(hilfe)
            .leftJoin(organisation, eq(organisation.id, hilfe.jugendamtId))
            .where(and(inArray(hilfe.fallId, ids), hilfeFilter))
            .orderBy(hilfe.fallId, desc(hilfe.beginn), desc(hilfe.id));
    const neuesteHilfe = new Map(hilfen.map((h) => [h.fallId, h]));
    return {
      gesamtzahl: Number(n),
      faelle: faelle.map((z) => {
        const h = neuesteHilfe.get(z.id);
        return {
          id: z.id,
          aktenzeichen: z.aktenzeichen,
          bezeichnung: z.bezeichnung,
          leistung: h?.leistung ?? null,
          variante: h?.variante ?? null,
          jugendamt: h?.jugendamtId ? { id: h.jugendamtId, name: h.jugendamtName ?? '' } : null,
          status: z.status,
          beginn: h?.beginn ?? null,
          version: z.version,
        };
      }),
    };
  });
}
