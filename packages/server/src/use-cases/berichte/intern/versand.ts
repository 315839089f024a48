import type { BerichtArt } from '@hilfewerk/api';
import { type Db, ereignis } from '@hilfewerk/db';
import { BERICHT_TITEL } from './bericht-dto.ts';
import type { Briefkopf } from './briefkopf.ts';

/** The Posteingang title of a sent report: its kind and, where the case has one, the young person's name. */
export function posteingangTitel(art: BerichtArt, kopf: Briefkopf): string {
  const name = kopf.jungerMensch ? ` – ${kopf.jungerMensch.vorname} ${kopf.jungerMensch.nachname}` : '';
  return `${BERICHT_TITEL[art]}${name}`;
}

/**
 * The case timeline's record that a report went out (the deadline it answers is met by this event). Shared by
 * sending in the app and the demo, which sends on its own day (`am`) instead of now.
 */
export async function schreibeSendeEreignis(
  tx: Db,
  b: { organisationId: string; fallId: string; hilfeId: string; art: BerichtArt },
  kopf: Briefkopf,
  tag: string,
  vonId: string,
  am?: Date,
): Promise<string> {
  const [e] = await tx
    .insert(ereignis)
    .values({
      organisationId: b.organisationId,
      fallId: b.fallId,
      hilfeId: b.hilfeId,
      art: b.art === 'handlungsplan' ? 'handlungsplan_gesendet' : 'bericht_gesendet',
      datum: tag,
      notiz: `${BERICHT_TITEL[b.art]} über Hilfewerk an ${kopf.jugendamt} gesendet`,
      erfasstVon: vonId,
      ...(am ? { erfasstAm: am } : {}),
    })
    .returning({ id: ereignis.id });
  return e.id;
}
