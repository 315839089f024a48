import type { Datenbank } from '@hilfewerk/db';
import { sql } from 'drizzle-orm';

export interface Kettenbruch {
  organisationId: string;
  organisation: string;
  /** The number the entry has, or should have had (a deleted one). */
  nummer: number;
  /** The audit row's id, when the entry exists. */
  id: string | null;
  grund: string;
}

export type Pruefergebnis =
  | { ok: true; eintraege: number }
  | { ok: false; eintraege: number; bruch: Kettenbruch };

const SEITE = 10_000;

interface Zeile {
  organisation_id: string;
  nummer: string;
  id: string;
  vorheriger_hash: string;
  hash: string;
  berechnet: string;
}

/**
 * Walks every organisation's audit chain in order and names the first entry where it breaks: a
 * changed row (its hash no longer matches its content), a deleted one (a gap in the numbers, or the
 * head in audit_kette pointing past the last row), an inserted one (a link to a hash that is not
 * the previous row's). Reads as the system role, page by page, so a long log needs little memory.
 */
export async function pruefeAuditKette(db: Datenbank, opt: { seite?: number } = {}): Promise<Pruefergebnis> {
  const groesse = opt.seite ?? SEITE;
  const { koepfe, namen } = await db.withSystemTx(async (tx) => {
    const k = (await tx.execute(
      sql`select organisation_id::text, nummer::text, hash from audit_kette`,
    )) as unknown as { rows: { organisation_id: string; nummer: string; hash: string }[] };
    const n = (await tx.execute(sql`select id::text, name from organisation`)) as unknown as {
      rows: { id: string; name: string }[];
    };
    return {
      koepfe: new Map(k.rows.map((z) => [z.organisation_id, { nummer: Number(z.nummer), hash: z.hash }])),
      namen: new Map(n.rows.map((z) => [z.id, z.name])),
    };
  });
  let eintraege = 0;
  const bruch = (
    organisationId: string,
    nummer: number,
    id: string | null,
    grund: string,
  ): Pruefergebnis => ({
    ok: false,
    eintraege,
    bruch: { organisationId, organisation: namen.get(organisationId) ?? organisationId, nummer, id, grund },
  });
  /** Whether the organisation's chain ended where its head says: else its last entries were deleted. */
  const ende = (org: string, letzte: number, letzterHash: string): Pruefergebnis | null => {
    const kopf = koepfe.get(org);
    koepfe.delete(org);
    if (!kopf || (kopf.nummer === letzte && kopf.hash === letzterHash)) return null;
    if (kopf.nummer > letzte) return bruch(org, letzte + 1, null, 'fehlt (gelöscht)');
    return bruch(org, letzte, null, 'passt nicht zum Kopf der Kette (verändert oder eingefügt)');
  };

  let org = '';
  let erwartet = 1;
  let vorher = '';
  let weiter: { org: string; nummer: string } | null = null;
  for (;;) {
    const von: { org: string; nummer: string } | null = weiter;
    const seite = await db.withSystemTx(async (tx) => {
      const nach = von
        ? sql`where (a.organisation_id, a.nummer) > (${von.org}::uuid, ${von.nummer}::bigint)`
        : sql``;
      // Ordered by the columns, not by the text aliases of the same names (10 would come before 2).
      const r = (await tx.execute(sql`
        select organisation_id::text, nummer::text, id::text, vorheriger_hash, hash, hw_audit_hash(a) as berechnet
        from audit a ${nach} order by a.organisation_id, a.nummer limit ${groesse}`)) as unknown as {
        rows: Zeile[];
      };
      return r.rows;
    });
    for (const z of seite) {
      const nummer = Number(z.nummer);
      if (z.organisation_id !== org) {
        if (org) {
          const b = ende(org, erwartet - 1, vorher);
          if (b) return b;
        }
        org = z.organisation_id;
        erwartet = 1;
        vorher = '';
      }
      if (nummer > erwartet) return bruch(org, erwartet, null, 'fehlt (gelöscht)');
      if (nummer < erwartet) return bruch(org, nummer, z.id, 'ist doppelt (eingefügt)');
      if (z.hash !== z.berechnet)
        return bruch(org, nummer, z.id, 'wurde verändert (Inhalt passt nicht zum Hash)');
      if (z.vorheriger_hash !== vorher) {
        return bruch(
          org,
          nummer,
          z.id,
          'passt nicht zum vorherigen Eintrag (eingefügt oder Vorgänger verändert)',
        );
      }
      vorher = z.hash;
      erwartet++;
      eintraege++;
    }
    if (seite.length < groesse) break;
    const letzte = seite[seite.length - 1];
    weiter = { org: letzte.organisation_id, nummer: letzte.nummer };
  }
  if (org) {
    const b = ende(org, erwartet - 1, vorher);
    if (b) return b;
  }
  // Heads of organisations whose every entry is gone.
  for (const [o, kopf] of koepfe) {
    if (kopf.nummer > 0) return bruch(o, 1, null, 'fehlt (gelöscht)');
  }
  return { ok: true, eintraege };
}
