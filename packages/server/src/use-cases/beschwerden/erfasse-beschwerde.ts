import { randomInt } from 'node:crypto';
import type { BeschwerdeErfassen } from '@hilfewerk/api';
import { beschwerde } from '@hilfewerk/db';
import { beschwerdeFristen } from '@hilfewerk/rules';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { wertAenderungen } from '../../audit/werte.ts';
import { Ungueltig } from '../../fehler.ts';
import { heute as heuteInBerlin } from '../fristen/intern/heute.ts';
import { benutzerName, beschwerdeDto } from './intern/beschwerde-dto.ts';
import { vorgangsnummer } from './intern/vorgangsnummer.ts';

/**
 * Leitung enters a complaint that came by phone, letter or in person — from outside, from a young person
 * or parent, from staff. The due dates run from the day it was received, not the day it was typed in.
 */
export async function erfasseBeschwerde(k: Kontext, e: BeschwerdeErfassen) {
  requireAccess(k, 'beschwerde', 'anlegen');
  const heute = heuteInBerlin();
  if (e.eingegangenAm > heute) {
    throw new Ungueltig({ eingegangenAm: 'Der Eingang kann nicht in der Zukunft liegen.' });
  }
  const organisationId = k.auth.organisation.id;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    let name: string | null = null;
    if (e.verantwortlichId) {
      name = (await benutzerName(tx, organisationId, e.verantwortlichId)) ?? null;
      if (name === null) {
        throw new Ungueltig({ verantwortlichId: 'Bitte eine Person Ihrer Organisation wählen.' });
      }
    }
    const [neu] = await tx
      .insert(beschwerde)
      .values({
        organisationId,
        vorgangsnummer: vorgangsnummer(randomInt),
        quelle: e.quelle,
        text: e.text,
        kontakt: e.kontakt?.trim() || null,
        eingegangenAm: e.eingegangenAm,
        ...beschwerdeFristen(e.eingegangenAm),
        verantwortlichId: e.verantwortlichId ?? null,
      })
      .returning();
    const felder = ['quelle', 'eingegangenAm', 'text', 'kontakt', 'verantwortlichId'];
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'beschwerde',
      ressourceId: neu.id,
      felder,
      werte: wertAenderungen('beschwerde', {}, neu, felder),
    });
    return beschwerdeDto(neu, heute, name);
  });
}
