import { type Db, hilfe, kinderschutzschritt, organisation, posteingang } from '@hilfewerk/db';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import { mitteilungDaten } from './mitteilung-daten.ts';

export interface Zustellung {
  /** The granting Jugendamt, or null when the case has no Hilfe granted by one. */
  jugendamt: { id: string; name: string } | null;
  /** True when the notice went into that Jugendamt's Posteingang. */
  imPosteingang: boolean;
  /** What the team still has to do, in German. */
  hinweis: string;
}

/**
 * Delivers a § 8a notification to the Jugendamt that granted the case's most recent Hilfe: a notice of art
 * `kinderschutz` in its Posteingang, carrying the letter (the procedure itself stays with the provider).
 * Without a granting Jugendamt the team sends the PDF itself; the answer says so.
 */
export async function stelleMitteilungZu(
  tx: Db,
  k: Kontext,
  v: { organisationId: string; fallId: string; id: string; anhaltspunkte: string; begonnenAm: string },
  schrittId: string,
): Promise<Zustellung> {
  const [h] = await tx
    .select({ hilfeId: hilfe.id, id: organisation.id, name: organisation.name })
    .from(hilfe)
    .innerJoin(organisation, eq(organisation.id, hilfe.jugendamtId))
    .where(and(eq(hilfe.organisationId, v.organisationId), eq(hilfe.fallId, v.fallId)))
    .orderBy(desc(hilfe.beginn))
    .limit(1);
  if (!h) {
    return {
      jugendamt: null,
      imPosteingang: false,
      hinweis:
        'Kein Jugendamt hat diesem Fall eine Hilfe bewilligt: bitte die Mitteilung als PDF sofort auf sicherem Weg (persönlich, Fax, verschlüsselte E-Mail) an das zuständige Jugendamt senden und den Versand festhalten.',
    };
  }
  const schritte = await tx
    .select()
    .from(kinderschutzschritt)
    .where(
      and(
        eq(kinderschutzschritt.organisationId, v.organisationId),
        eq(kinderschutzschritt.verfahrenId, v.id),
      ),
    )
    .orderBy(asc(kinderschutzschritt.datum), asc(kinderschutzschritt.erfasstAm));
  const mitteilung = schritte.find((s) => s.id === schrittId) ?? schritte[schritte.length - 1];
  const brief = await mitteilungDaten(tx, k, v, schritte, mitteilung);
  await tx.insert(posteingang).values({
    organisationId: v.organisationId,
    jugendamtId: h.id,
    art: 'kinderschutz',
    fallId: v.fallId,
    hilfeId: h.hilfeId,
    bezugId: v.id,
    titel: 'Mitteilung nach § 8a SGB VIII',
    gesendetVon: k.auth.benutzer.id,
    inhalt: brief as unknown as Record<string, unknown>,
  });
  return {
    jugendamt: { id: h.id, name: h.name },
    imPosteingang: true,
    hinweis: `Die Mitteilung liegt im Posteingang von ${h.name}. Bitte kündigen Sie sie dort sofort telefonisch an; die Lesebestätigung erscheint im Verfahren.`,
  };
}
