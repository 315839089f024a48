import { randomUUID } from 'node:crypto';
import { person } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import type { NeuePerson } from '../faelle/create-fall.ts';
import { personDto } from '../faelle/intern/fall-akte.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';
import { aktualisiereFristenDesFalls } from '../fristen/intern/aktualisiere-fristen.ts';
import { pruefeZustimmung } from './intern/pruefe-zustimmung.ts';

export async function createPerson(k: Kontext, fallId: string, eingabe: NeuePerson) {
  const umfang = requireAccess(k, 'person', 'anlegen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeFall(tx, k, umfang, fallId);
    await pruefeZustimmung(tx, eingabe, { fallId });
    const id = randomUUID();
    await tx.insert(person).values({
      id,
      organisationId: k.auth.organisation.id,
      fallId,
      rolle: eingabe.rolle,
      vorname: eingabe.vorname.trim(),
      nachname: eingabe.nachname.trim(),
      geburtsdatum: eingabe.geburtsdatum ?? null,
      zustimmungVon: eingabe.zustimmungVon ?? null,
      zustimmungAm: eingabe.zustimmungAm ?? null,
    });
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'person',
      ressourceId: id,
      felder: Object.keys(eingabe),
    });
    // A young person's birth date decides until when custodian contacts are owed.
    if (eingabe.rolle === 'junger_mensch') await aktualisiereFristenDesFalls(tx, fallId);
    const [neu] = await tx.select().from(person).where(eq(person.id, id));
    return personDto(neu);
  });
}
