import { organisation } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Ungueltig, Zustandskonflikt } from '../../fehler.ts';
import { katalog, katalogEintrag } from '../../katalog.ts';
import { angebotDto, ladeAngebot, nurTraeger } from './intern/angebot.ts';

/**
 * POST /api/organisation/leistungen — the provider now offers a catalogue Leistung (a new
 * Leistungsvereinbarung): from then on a Jugendamt's ASD can ask for it (GET /api/traeger lists it).
 */
export async function addLeistungsangebot(k: Kontext, leistung: string) {
  requireAccess(k, 'leistungsangebot', 'aendern');
  nurTraeger(k);
  const eintrag = katalogEintrag(leistung);
  if (!eintrag) {
    throw new Ungueltig({
      leistung: `Unbekannte Leistung „${leistung}“. Gültig sind: ${katalog()
        .map((e) => e.id)
        .join(', ')}.`,
    });
  }
  const org = k.auth.organisation.id;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const vorher = await ladeAngebot(tx, org, true);
    if (vorher.includes(leistung)) {
      throw new Zustandskonflikt(`Ihre Organisation bietet „${eintrag.titel}“ bereits an.`);
    }
    await tx
      .update(organisation)
      .set({ leistungen: [...vorher, leistung] })
      .where(eq(organisation.id, org));
    await schreibeAudit(tx, k, {
      aktion: 'hinzufuegen',
      ressource: 'leistungsangebot',
      ressourceId: org,
      leistung,
    });
    return angebotDto(tx, k);
  });
}
