import { randomUUID } from 'node:crypto';
import type { neuePerson, neuerFall } from '@hilfewerk/api';
import { fall, fallTeam, person } from '@hilfewerk/db';
import type { z } from 'zod';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Ungueltig } from '../../fehler.ts';
import { istEindeutigkeitsFehler } from '../intern/db-fehler.ts';
import { fallAkte } from './intern/fall-akte.ts';
import { ladeFall } from './intern/fall-umfang.ts';

/** As the route's schema in @hilfewerk/api parses it. */
export type NeuePerson = z.infer<typeof neuePerson>;

/** As the route's schema in @hilfewerk/api parses it. */
export type NeuerFall = z.infer<typeof neuerFall>;

export const AKTENZEICHEN_VERGEBEN = 'Dieses Aktenzeichen ist in Ihrer Organisation schon vergeben.';

/** Creates a case with its persons; the creator joins the case team so they keep seeing it. */
export async function createFall(k: Kontext, eingabe: NeuerFall) {
  const umfang = requireAccess(k, 'fall', 'anlegen');
  const org = k.auth.organisation.id;
  // The id is made here: RLS would hide the new row from INSERT … RETURNING until the team exists.
  const id = randomUUID();
  try {
    return await k.db.withTx(txKontext(k.auth), async (tx) => {
      await tx.insert(fall).values({
        id,
        organisationId: org,
        aktenzeichen: eingabe.aktenzeichen.trim(),
        bezeichnung: eingabe.bezeichnung.trim(),
      });
      await tx.insert(fallTeam).values({ organisationId: org, fallId: id, benutzerId: k.auth.benutzer.id });
      for (const p of eingabe.personen ?? []) {
        await tx.insert(person).values({
          organisationId: org,
          fallId: id,
          rolle: p.rolle,
          vorname: p.vorname.trim(),
          nachname: p.nachname.trim(),
          geburtsdatum: p.geburtsdatum ?? null,
        });
      }
      await schreibeAudit(tx, k, {
        aktion: 'anlegen',
        ressource: 'fall',
        ressourceId: id,
        felder: ['aktenzeichen', 'bezeichnung', ...(eingabe.personen?.length ? ['personen'] : [])],
      });
      return fallAkte(tx, k, await ladeFall(tx, k, umfang, id));
    });
  } catch (error) {
    if (istEindeutigkeitsFehler(error, 'fall_aktenzeichen_uq')) {
      throw new Ungueltig({ aktenzeichen: AKTENZEICHEN_VERGEBEN });
    }
    throw error;
  }
}
