import { type Db, hilfe, organisation } from '@hilfewerk/db';
import { and, desc, eq } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';

export interface Zustellung {
  /** The granting Jugendamt, or null when the case has no Hilfe granted by one. */
  jugendamt: { id: string; name: string } | null;
  /** True when the notice went into that Jugendamt's Posteingang. */
  imPosteingang: boolean;
  /** What the team still has to do, in German. */
  hinweis: string;
}

/**
 * Delivers a § 8a notification: to the Jugendamt that granted the case's most recent Hilfe. Without one
 * (a case taken on before any grant) the team sends the PDF itself; the answer says so.
 */
export async function stelleMitteilungZu(
  tx: Db,
  _k: Kontext,
  v: { organisationId: string; fallId: string; id: string },
  _schrittId: string,
): Promise<Zustellung> {
  const [h] = await tx
    .select({ id: organisation.id, name: organisation.name })
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
  return {
    jugendamt: h,
    imPosteingang: false,
    hinweis: `Bitte die Mitteilung als PDF sofort auf sicherem Weg an ${h.name} senden und telefonisch ankündigen.`,
  };
}
