import type { neuesVorkommnis } from '@hilfewerk/api';
import { vorkommnis, vorkommnisPflicht } from '@hilfewerk/db';
import { EingabeFehler, istBundesland, pflichtenFuer, pruefeErledigung } from '@hilfewerk/rules';
import { datumDe } from '@hilfewerk/rules/tag';
import type { z } from 'zod';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Ungueltig } from '../../fehler.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';
import { heute } from '../fristen/intern/heute.ts';
import { inhaltHash } from '../kinderschutz/intern/inhalt-hash.ts';
import { ladeVorkommnisse } from './intern/darstellung.ts';
import { legeKrisenEreignisAn } from './intern/krisen-ereignis.ts';
import { stationaerAm } from './intern/stationaer.ts';

/**
 * POST /api/faelle/:id/vorkommnisse: a crisis or besonderes Vorkommnis, the duties it sets off (rules) and the
 * contacts already made, and for a crisis the timeline event „Krise“ with its deadline — all in one
 * transaction, after every check, so a refused input writes nothing.
 */
export async function erfasseVorkommnis(k: Kontext, fallId: string, e: z.infer<typeof neuesVorkommnis>) {
  const umfang = requireAccess(k, 'vorkommnis', 'anlegen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeFall(tx, k, umfang, fallId);
    const stichtag = heute();
    if (e.datum > stichtag)
      throw new Ungueltig({
        datum: `Ein Vorkommnis liegt nicht in der Zukunft; spätestens heute (${datumDe(stichtag)}).`,
      });
    const land = k.auth.organisation.bundesland;
    if (!istBundesland(land)) throw new Error(`Bundesland der Organisation unbekannt: ${land}`);
    const organisationId = k.auth.organisation.id;
    const stationaer = await stationaerAm(tx, organisationId, fallId, e.datum);
    const pflichten = pflichtenFuer({ art: e.art, datum: e.datum, stationaer, bundesland: land });

    const felder: Record<string, string> = {};
    const kontakte = new Map<string, (typeof e.kontakte)[number]>();
    e.kontakte.forEach((kontakt, i) => {
      if (!pflichten.some((p) => p.art === kontakt.pflicht) || kontakte.has(kontakt.pflicht)) {
        felder[`kontakte.${i}.pflicht`] =
          'Diese Pflicht entsteht aus diesem Vorkommnis nicht (oder steht doppelt).';
        return;
      }
      kontakte.set(kontakt.pflicht, kontakt);
      try {
        pruefeErledigung(kontakt.pflicht, kontakt, e.datum, stichtag, `kontakte.${i}.`);
      } catch (f) {
        if (!(f instanceof EingabeFehler)) throw f;
        Object.assign(felder, f.felder);
      }
    });
    if (Object.keys(felder).length > 0) throw new Ungueltig(felder);

    const [v] = await tx
      .insert(vorkommnis)
      .values({
        organisationId,
        fallId,
        art: e.art,
        datum: e.datum,
        beschreibung: e.beschreibung,
        stationaer,
        erfasstVon: k.auth.benutzer.id,
      })
      .returning({ id: vorkommnis.id });
    if (pflichten.length > 0)
      await tx.insert(vorkommnisPflicht).values(
        pflichten.map((p) => {
          const kontakt = kontakte.get(p.art);
          const mitGrund = kontakt !== undefined && kontakt.datum === undefined && kontakt.an === undefined;
          return {
            organisationId,
            vorkommnisId: v.id,
            fallId,
            art: p.art,
            frist: p.frist,
            faelligAm: p.faelligAm,
            grundlage: p.grundlage,
            erledigtAm: kontakt && !mitGrund ? (kontakt.datum ?? null) : null,
            an: kontakt && !mitGrund ? (kontakt.an?.trim() ?? null) : null,
            weg: kontakt && !mitGrund ? (kontakt.weg?.trim() ?? null) : null,
            grund: mitGrund ? (kontakt.grund?.trim() ?? null) : null,
            erledigtVon: kontakt ? k.auth.benutzer.id : null,
          };
        }),
      );
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'vorkommnis',
      ressourceId: v.id,
      fallId,
      art: e.art,
      inhaltHash: inhaltHash({ beschreibung: e.beschreibung, datum: e.datum, kontakte: e.kontakte }),
    });
    if (e.art === 'krise') await legeKrisenEreignisAn(tx, k, fallId, e.datum);
    const [ergebnis] = await ladeVorkommnisse(tx, organisationId, { id: v.id });
    return ergebnis;
  });
}
