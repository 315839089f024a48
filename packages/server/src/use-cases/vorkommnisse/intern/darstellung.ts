import { VORKOMMNIS_ARTEN_TEXT, VORKOMMNIS_PFLICHTEN_TEXT } from '@hilfewerk/api';
import { benutzer, type Db, vorkommnis, vorkommnisPflicht } from '@hilfewerk/db';
import { pflichtStatus } from '@hilfewerk/rules';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { heute } from '../../fristen/intern/heute.ts';

type Zeile = typeof vorkommnis.$inferSelect;
type PflichtZeile = typeof vorkommnisPflicht.$inferSelect;

const REIHENFOLGE = { jugendamt: 0, sorgeberechtigte: 1, aufsicht: 2 } as const;

export function pflichtDto(p: PflichtZeile, stichtag = heute()) {
  return {
    art: p.art,
    titel: VORKOMMNIS_PFLICHTEN_TEXT[p.art],
    frist: p.frist,
    faelligAm: p.faelligAm,
    grundlage: p.grundlage,
    status: pflichtStatus(p, stichtag),
    erledigtAm: p.erledigtAm,
    an: p.an,
    weg: p.weg,
    grund: p.grund,
  };
}

/** Events with their duties and who recorded them, newest first; `ids` narrows to these events. */
export async function ladeVorkommnisse(tx: Db, organisationId: string, wo: { fallId?: string; id?: string }) {
  const zeilen: Zeile[] = await tx
    .select()
    .from(vorkommnis)
    .where(
      and(
        eq(vorkommnis.organisationId, organisationId),
        wo.fallId ? eq(vorkommnis.fallId, wo.fallId) : undefined,
        wo.id ? eq(vorkommnis.id, wo.id) : undefined,
      ),
    )
    .orderBy(desc(vorkommnis.datum), desc(vorkommnis.erfasstAm));
  if (zeilen.length === 0) return [];
  const pflichten = await tx
    .select()
    .from(vorkommnisPflicht)
    .where(
      and(
        eq(vorkommnisPflicht.organisationId, organisationId),
        inArray(
          vorkommnisPflicht.vorkommnisId,
          zeilen.map((z) => z.id),
        ),
      ),
    )
    .orderBy(asc(vorkommnisPflicht.faelligAm));
  const namen = new Map(
    (
      await tx
        .select({ id: benutzer.id, name: benutzer.name })
        .from(benutzer)
        .where(inArray(benutzer.id, [...new Set(zeilen.map((z) => z.erfasstVon))]))
    ).map((b) => [b.id, b.name]),
  );
  return zeilen.map((z) => ({
    id: z.id,
    fallId: z.fallId,
    art: z.art,
    titel: VORKOMMNIS_ARTEN_TEXT[z.art],
    datum: z.datum,
    beschreibung: z.beschreibung,
    stationaer: z.stationaer,
    erfasstVon: namen.get(z.erfasstVon) ?? '',
    pflichten: pflichten
      .filter((p) => p.vorkommnisId === z.id)
      .sort((a, b) => REIHENFOLGE[a.art] - REIHENFOLGE[b.art])
      .map((p) => pflichtDto(p)),
  }));
}
