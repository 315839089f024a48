import type { personAenderung } from '@hilfewerk/api';
import { person } from '@hilfewerk/db';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { wertAenderungen } from '../../audit/werte.ts';
import { Konflikt, NichtGefunden } from '../../fehler.ts';
import { personDto } from '../faelle/intern/fall-akte.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';
import { aktualisiereFristenDesFalls } from '../fristen/intern/aktualisiere-fristen.ts';
import { pruefeZustimmung } from './intern/pruefe-zustimmung.ts';

/** As the route's schema in @hilfewerk/api parses it. */
export type PersonAenderung = z.infer<typeof personAenderung>;

export async function updatePerson(k: Kontext, fallId: string, personId: string, eingabe: PersonAenderung) {
  const umfang = requireAccess(k, 'person', 'aendern');
  const { version, ...werte } = eingabe;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeFall(tx, k, umfang, fallId);
    const dieses = and(eq(person.id, personId), eq(person.fallId, fallId));
    const [vorher] = await tx.select().from(person).where(dieses);
    if (!vorher) throw new NichtGefunden('Die Person');
    // Checked as the person will be: a carer keeps needing the consent when only the name changes.
    const rolle = werte.rolle ?? vorher.rolle;
    const zustimmung =
      rolle === 'weitere_person'
        ? {
            zustimmungVon: werte.zustimmungVon === undefined ? vorher.zustimmungVon : werte.zustimmungVon,
            zustimmungAm: werte.zustimmungAm === undefined ? vorher.zustimmungAm : werte.zustimmungAm,
          }
        : { zustimmungVon: werte.zustimmungVon ?? null, zustimmungAm: werte.zustimmungAm ?? null };
    await pruefeZustimmung(tx, { rolle, ...zustimmung }, { fallId, personId });
    const [nachher] = await tx
      .update(person)
      .set({
        rolle: werte.rolle,
        vorname: werte.vorname?.trim(),
        nachname: werte.nachname?.trim(),
        geburtsdatum: werte.geburtsdatum,
        zustimmungVon: zustimmung.zustimmungVon,
        zustimmungAm: zustimmung.zustimmungAm,
        version: sql`${person.version} + 1`,
      })
      .where(and(dieses, eq(person.version, version)))
      .returning();
    if (!nachher) throw new Konflikt(personDto(vorher));
    // A young person's birth date decides until when custodian contacts are owed.
    if (nachher.rolle !== vorher.rolle || nachher.geburtsdatum !== vorher.geburtsdatum) {
      await aktualisiereFristenDesFalls(tx, fallId);
    }
    await schreibeAudit(tx, k, {
      aktion: 'aendern',
      ressource: 'person',
      ressourceId: personId,
      felder: Object.keys(werte),
      werte: wertAenderungen('person', vorher, nachher, [
        ...Object.keys(werte),
        'zustimmungVon',
        'zustimmungAm',
      ]),
    });
    return personDto(nachher);
  });
}
