import { type Db, type EREIGNIS_ARTEN, frist, hilfe } from '@hilfewerk/db';
import { datumDe } from '@hilfewerk/rules/tag';
import { and, eq, inArray } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import { ERLEDIGT_DURCH } from './aktualisiere-fristen.ts';
import { markiereErledigt } from './markiere-erledigt.ts';

const BESCHRIFTUNG: Record<string, string> = {
  handlungsplan_gesendet: 'Handlungsplan gesendet',
  bericht_gesendet: 'Bericht gesendet',
  hpg_gehalten: 'Hilfeplangespräch gehalten',
  kontakt_sorgeberechtigte: 'Kontakt zu den Sorgeberechtigten',
};

const abstand = (a: string, b: string) =>
  Math.abs(new Date(`${a}T00:00:00Z`).getTime() - new Date(`${b}T00:00:00Z`).getTime());

/**
 * A recorded event that meets a deadline (Handlungsplan sent, report sent, HPG held, contact made) completes
 * the open deadline it meets, in the same transaction: of the Hilfe's open deadlines of the matching rules,
 * the one due nearest to the event's day (a monthly contact: the one of that calendar month). Deadlines
 * without a date come last. Returns the id of the deadline met, if any.
 */
export async function erledigeDurchEreignis(
  tx: Db,
  k: Pick<Kontext, 'auth' | 'ip'>,
  e: {
    id: string;
    fallId: string;
    hilfeId: string | null;
    art: (typeof EREIGNIS_ARTEN)[number];
    datum: string;
  },
): Promise<string | null> {
  const regeln = ERLEDIGT_DURCH[e.art];
  if (!regeln) return null;
  const hilfen = e.hilfeId
    ? [e.hilfeId]
    : (await tx.select({ id: hilfe.id }).from(hilfe).where(eq(hilfe.fallId, e.fallId))).map((h) => h.id);
  if (hilfen.length !== 1) return null;
  const offen = await tx
    .select({ id: frist.id, fallId: frist.fallId, faellig: frist.faellig, regel: frist.regel })
    .from(frist)
    .where(and(inArray(frist.hilfeId, hilfen), inArray(frist.regel, [...regeln]), eq(frist.status, 'offen')));
  const kandidaten =
    e.art === 'kontakt_sorgeberechtigte'
      ? offen.filter((f) => f.faellig?.slice(0, 7) === e.datum.slice(0, 7))
      : offen;
  const [treffer] = kandidaten.sort((a, b) => {
    if (a.faellig === null || b.faellig === null)
      return a.faellig === null ? (b.faellig === null ? 0 : 1) : -1;
    return abstand(a.faellig, e.datum) - abstand(b.faellig, e.datum) || (a.faellig < b.faellig ? -1 : 1);
  });
  if (!treffer) return null;
  await markiereErledigt(
    tx,
    k,
    treffer,
    {
      erledigtAm: e.datum,
      nachweis: `Ereignis „${BESCHRIFTUNG[e.art] ?? e.art}“ am ${datumDe(e.datum)}`,
    },
    e.id,
  );
  return treffer.id;
}
