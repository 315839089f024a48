import { benutzer, type Db, dokument } from '@hilfewerk/db';
import { eq, type SQL } from 'drizzle-orm';

/** Every column but the content: lists and answers never carry the file itself. */
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
    .where(wo)
    .orderBy(dokument.hochgeladenAm);
  return zeilen.map(({ vonName, hochgeladenVon, hochgeladenAm, ...d }) => ({
    ...d,
    hochgeladenVon: { id: hochgeladenVon, name: vonName ?? '' },
    hochgeladenAm: hochgeladenAm.toISOString(),
  }));
}
