import { type Db, hilfeplanTermin, hilfeplanZiel } from '@hilfewerk/db';
import { asc, eq } from 'drizzle-orm';

/** The Hilfeplan of one Hilfe: its HPG dates (with participation and reviews) and its goals with sub-goals. */
export async function ladeHilfeplan(tx: Db, hilfeId: string) {
  const termine = await tx
    .select()
    .from(hilfeplanTermin)
    .where(eq(hilfeplanTermin.hilfeId, hilfeId))
    .orderBy(asc(hilfeplanTermin.datum));
  const ziele = await tx
    .select()
    .from(hilfeplanZiel)
    .where(eq(hilfeplanZiel.hilfeId, hilfeId))
    .orderBy(asc(hilfeplanZiel.erstelltAm), asc(hilfeplanZiel.id));
  const pruefungen = (zielId: string) =>
    termine.flatMap((t) =>
      t.zielpruefung
        .filter((p) => p.zielId === zielId)
        .map((p) => ({
          terminId: t.id,
          datum: t.datum,
          bewertung: p.bewertung,
          bemerkung: p.bemerkung ?? null,
        })),
    );
  const ziel = (z: typeof hilfeplanZiel.$inferSelect) => ({
    id: z.id,
    text: z.text,
    pruefungen: pruefungen(z.id),
  });
  return {
    hilfeId,
    termine: termine.map((t) => ({
      id: t.id,
      art: t.art,
      datum: t.datum,
      bekanntSeit: t.bekanntSeit,
      status: t.status,
      teilnahme: t.teilnahme,
      zielpruefung: t.zielpruefung,
      version: t.version,
    })),
    ziele: ziele
      .filter((z) => z.oberzielId === null)
      .map((z) => ({ ...ziel(z), teilziele: ziele.filter((t) => t.oberzielId === z.id).map(ziel) })),
  };
}
