import { type Db, fall, organisation, posteingang } from '@hilfewerk/db';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { NichtGefunden } from '../../../fehler.ts';

/**
 * A notice as the Jugendamt's Posteingang lists it: the contract's fields (`id`, `art`, `hilfeId`,
 * `gesendetAm`, `gelesenAm`) and what the screen needs beside them (sender, title, case number, source).
 */
export async function ladePosteingang(tx: Db, wo: SQL) {
  const zeilen = await tx
    .select({ p: posteingang, traeger: organisation.name, aktenzeichen: fall.aktenzeichen })
    .from(posteingang)
    .leftJoin(organisation, eq(organisation.id, posteingang.organisationId))
    .leftJoin(fall, and(eq(fall.id, posteingang.fallId), eq(fall.organisationId, posteingang.organisationId)))
    .where(wo)
    .orderBy(desc(posteingang.gesendetAm), desc(posteingang.id));
  return zeilen.map(({ p, traeger, aktenzeichen }) => ({
    id: p.id,
    art: p.art,
    hilfeId: p.hilfeId,
    gesendetAm: p.gesendetAm.toISOString(),
    gelesenAm: p.gelesenAm?.toISOString() ?? null,
    titel: p.titel,
    fallId: p.fallId,
    aktenzeichen,
    traeger: { id: p.organisationId, name: traeger ?? '' },
    /** The report of a notice of art `bericht` (its PDF: /api/berichte/:berichtId/pdf). */
    berichtId: p.art === 'bericht' ? p.bezugId : null,
    /** Where the letter is: a report's own PDF, or the notice's (a § 8a notification, a yearly report). */
    pdf:
      p.art === 'bericht' && p.bezugId
        ? `/api/berichte/${p.bezugId}/pdf`
        : p.inhalt
          ? `/api/posteingang/${p.id}/pdf`
          : null,
    antwort: p.antwort,
    beantwortetAm: p.beantwortetAm?.toISOString() ?? null,
  }));
}

export async function ladeNotiz(tx: Db, wo: SQL) {
  const [n] = await ladePosteingang(tx, wo);
  if (!n) throw new NichtGefunden('Die Nachricht');
  return n;
}
