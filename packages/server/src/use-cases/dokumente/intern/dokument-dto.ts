import { benutzer, type Db, dokument } from '@hilfewerk/db';
import { and, eq, isNotNull, type SQL } from 'drizzle-orm';

/**
 * Documents of case files, every column but the content: lists and answers never carry the file itself.
 * Reports of organisation deadlines (no case) are never among them.
 */
export async function dokumentZeilen(tx: Db, wo: SQL | undefined) {
  const zeilen = await tx
    .select({
      id: dokument.id,
      fallId: dokument.fallId,
      name: dokument.name,
      art: dokument.art,
      mime: dokument.mime,
      groesse: dokument.groesse,
      hochgeladenVon: dokument.hochgeladenVon,
      hochgeladenAm: dokument.hochgeladenAm,
      vonName: benutzer.name,
    })
    .from(dokument)
    .leftJoin(benutzer, eq(benutzer.id, dokument.hochgeladenVon))
    .where(and(isNotNull(dokument.fallId), wo))
    .orderBy(dokument.hochgeladenAm);
  return zeilen.map(({ vonName, hochgeladenVon, hochgeladenAm, fallId, ...d }) => ({
    ...d,
    fallId: fallId as string,
    hochgeladenVon: { id: hochgeladenVon, name: vonName ?? '' },
    hochgeladenAm: hochgeladenAm.toISOString(),
  }));
}
