import { type Db, ereignis, frist } from '@hilfewerk/db';
import { datumDe } from '@hilfewerk/rules/tag';
import { and, eq, inArray } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import { markiereErledigt } from '../../fristen/intern/markiere-erledigt.ts';
import { BERICHT_TITEL, type BerichtArt } from './bericht-dto.ts';

/** Which deadline rules a sent report meets (catalogue rule ids). */
const REGELN: Record<BerichtArt, readonly string[]> = {
  handlungsplan: ['handlungsplan'],
  entwicklungsbericht: ['bericht-halbjahr'],
  'bericht-vor-hpg': ['bericht-vor-hpg'],
  // The report before the closing conversation (Bremerhaven: 6 weeks before the Abschlussgespräch).
  abschlussbericht: ['bericht-vor-hpg'],
};

const abstand = (a: string, b: string) =>
  Math.abs(new Date(`${a}T00:00:00Z`).getTime() - new Date(`${b}T00:00:00Z`).getTime());

/**
 * A sent report meets the open deadline of its Hilfe that it answers: of the open deadlines of the matching
 * rules, the one due nearest to the day of sending (as a recorded event does, erledige-durch-ereignis.ts). A
 * report before an HPG and a closing report are told apart by the appointment that triggered the deadline.
 * Returns the deadline met, if any.
 */
export async function berichtsfristErledigt(
  tx: Db,
  k: Pick<Kontext, 'auth' | 'ip'>,
  b: { hilfeId: string; art: BerichtArt },
  tag: string,
  ereignisId: string,
): Promise<{ id: string; regel: string } | null> {
  const offen = await tx
    .select({
      id: frist.id,
      fallId: frist.fallId,
      regel: frist.regel,
      faellig: frist.faellig,
      ausloeser: ereignis.art,
    })
    .from(frist)
    .leftJoin(
      ereignis,
      and(eq(ereignis.id, frist.ereignisId), eq(ereignis.organisationId, frist.organisationId)),
    )
    .where(
      and(eq(frist.hilfeId, b.hilfeId), inArray(frist.regel, [...REGELN[b.art]]), eq(frist.status, 'offen')),
    );
  const zumAbschluss = (f: { ausloeser: string | null }) => f.ausloeser === 'abschlussgespraech_geplant';
  const kandidaten = offen.filter((f) =>
    f.regel !== 'bericht-vor-hpg' ? true : b.art === 'abschlussbericht' ? zumAbschluss(f) : !zumAbschluss(f),
  );
  const [treffer] = kandidaten.sort((x, y) => {
    if (x.faellig === null || y.faellig === null)
      return x.faellig === null ? (y.faellig === null ? 0 : 1) : -1;
    return abstand(x.faellig, tag) - abstand(y.faellig, tag) || (x.faellig < y.faellig ? -1 : 1);
  });
  if (!treffer) return null;
  await markiereErledigt(
    tx,
    k,
    treffer,
    { erledigtAm: tag, nachweis: `${BERICHT_TITEL[b.art]} an das Jugendamt gesendet am ${datumDe(tag)}` },
    ereignisId,
  );
  return { id: treffer.id, regel: treffer.regel };
}
