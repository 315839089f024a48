import { frist } from '@hilfewerk/db';
import { plusTage, wochenende } from '@hilfewerk/rules/tag';
import { and, isNull, lte, or } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { type FristDto, ladeFristen, nurOffene } from './intern/frist-dto.ts';
import { meineFaelle } from './intern/frist-umfang.ts';
import { heute as heuteInBerlin } from './intern/heute.ts';

/** Open deadlines of the user's cases, grouped as the start page shows them. */
export async function listMeineFristen(k: Kontext) {
  requireAccess(k, 'frist', 'lesen');
  const heute = heuteInBerlin();
  const sonntag = wochenende(heute);
  const grenze = plusTage(heute, 28);
  const fristen = await k.db.withTx(txKontext(k.auth), (tx) =>
    ladeFristen(
      tx,
      nurOffene(and(meineFaelle(k), or(isNull(frist.faellig), lte(frist.faellig, grenze)))),
      heute,
    ),
  );
  const gruppen = {
    heute,
    ueberfaellig: [] as FristDto[],
    dieseWoche: [] as FristDto[],
    naechsteVierWochen: [] as FristDto[],
    ohneDatum: [] as FristDto[],
  };
  for (const f of fristen) {
    if (f.faellig === null) gruppen.ohneDatum.push(f);
    else if (f.status === 'ueberfaellig') gruppen.ueberfaellig.push(f);
    // A "kurzfristig" report past its date is not missed, but still to be done: it stays at the top.
    else if (f.faellig <= sonntag) gruppen.dieseWoche.push(f);
    else gruppen.naechsteVierWochen.push(f);
  }
  return gruppen;
}
