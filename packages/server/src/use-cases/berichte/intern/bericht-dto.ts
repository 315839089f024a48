import { BERICHT_ART_TEXT } from '@hilfewerk/api';
import { type BERICHT_ARTEN, bericht, type Db, fall, posteingang } from '@hilfewerk/db';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import type { Umfang } from '../../../access/permissions.ts';
import { NichtGefunden } from '../../../fehler.ts';
import { fallImUmfang } from '../../faelle/intern/fall-umfang.ts';

export type BerichtArt = (typeof BERICHT_ARTEN)[number];

export const BERICHT_TITEL: Record<BerichtArt, string> = BERICHT_ART_TEXT;

type Zeile = { b: typeof bericht.$inferSelect; gelesenAm: Date | null };

export function berichtDto({ b, gelesenAm }: Zeile) {
  return {
    id: b.id,
    fallId: b.fallId,
    hilfeId: b.hilfeId,
    jugendamtId: b.jugendamtId,
    art: b.art,
    titel: BERICHT_TITEL[b.art],
    inhalt: b.inhalt,
    status: b.status,
    erstelltAm: b.erstelltAm.toISOString(),
    geaendertAm: b.geaendertAm.toISOString(),
    gesendetAm: b.gesendetAm?.toISOString() ?? null,
    /** The Jugendamt's read receipt of the sent report. */
    gelesenAm: gelesenAm?.toISOString() ?? null,
    version: b.version,
  };
}

export type BerichtDto = ReturnType<typeof berichtDto>;

/**
 * The reports a user reaches: the provider's case team those of its cases (first wall, as for cases); the
 * granting Jugendamt's ASD the sent ones addressed to it. RLS holds the same line.
 */
export function berichtImUmfang(k: Kontext, umfang: Umfang): SQL {
  if (umfang === 'jugendamt') {
    return and(eq(bericht.jugendamtId, k.auth.organisation.id), eq(bericht.status, 'gesendet')) as SQL;
  }
  return fallImUmfang(k, umfang);
}

export async function ladeBerichte(tx: Db, k: Kontext, umfang: Umfang, wo: SQL): Promise<BerichtDto[]> {
  const zeilen = await tx
    .select({ b: bericht, gelesenAm: posteingang.gelesenAm })
    .from(bericht)
    .innerJoin(fall, and(eq(fall.id, bericht.fallId), eq(fall.organisationId, bericht.organisationId)))
    .leftJoin(
      posteingang,
      and(
        eq(posteingang.bezugId, bericht.id),
        eq(posteingang.art, 'bericht'),
        eq(posteingang.organisationId, bericht.organisationId),
      ),
    )
    .where(and(wo, berichtImUmfang(k, umfang)))
    .orderBy(desc(bericht.erstelltAm), desc(bericht.id));
  return zeilen.map(berichtDto);
}

export async function ladeBericht(tx: Db, k: Kontext, umfang: Umfang, id: string): Promise<BerichtDto> {
  const [b] = await ladeBerichte(tx, k, umfang, eq(bericht.id, id));
  if (!b) throw new NichtGefunden('Der Bericht');
  return b;
}

/**
 * Locks a draft in the user's scope for a change; 404 outside it. A sent report cannot be locked — RLS lets
 * the application update drafts only, and SELECT … FOR UPDATE is held to that too — so it comes back
 * unlocked, as it is: it never changes again, and the caller answers 409.
 */
export async function sperreBericht(tx: Db, k: Kontext, umfang: Umfang, id: string) {
  const lese = (sperren: boolean) => {
    const q = tx
      .select({ b: bericht })
      .from(bericht)
      .innerJoin(fall, and(eq(fall.id, bericht.fallId), eq(fall.organisationId, bericht.organisationId)))
      .where(and(eq(bericht.id, id), berichtImUmfang(k, umfang)));
    return sperren ? q.for('update', { of: bericht }) : q;
  };
  const gesperrt = await lese(true);
  const [z] = gesperrt.length > 0 ? gesperrt : await lese(false);
  if (!z) throw new NichtGefunden('Der Bericht');
  return z.b;
}
