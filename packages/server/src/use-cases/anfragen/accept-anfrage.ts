import { randomUUID } from 'node:crypto';
import { anfrage, fall, hilfe, person } from '@hilfewerk/db';
import { eq, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Ungueltig } from '../../fehler.ts';
import { katalogEintrag } from '../../katalog.ts';
import { AKTENZEICHEN_VERGEBEN } from '../faelle/create-fall.ts';
import { aktualisiereFristen } from '../fristen/intern/aktualisiere-fristen.ts';
import { type HilfeWerte, pruefeHilfe } from '../hilfen/intern/pruefe-hilfe.ts';
import { istEindeutigkeitsFehler } from '../intern/db-fehler.ts';
import { naechstesAktenzeichen } from './intern/aktenzeichen.ts';
import { sperreOffeneAnfrage } from './intern/offene-anfrage.ts';
import { rechtsgrundlageFuer } from './intern/rechtsgrundlage.ts';

export interface Zusage {
  beginn: string;
  /** The provider's own case number; generated (A-<Jahr>-<nnn>) when left out. */
  aktenzeichen?: string | null;
  /** LT 11: where the young person comes from (the catalogue's list), with a description where it asks one. */
  herkunft?: string | null;
  herkunftText?: string | null;
  /** Refused when set: the Zusage opens a new case, which has no earlier Hilfe to follow. */
  vorgaengerHilfeId?: string | null;
}

const KEIN_VORGAENGER =
  'Die Zusage legt einen neuen Fall an; er hat noch keine vorangegangene Hilfe. Bitte wählen Sie die Herkunft des jungen Menschen.';

/**
 * POST /api/anfragen/:id/zusage — the addressed provider's Leitung accepts (Betreuungszusage). In one
 * transaction: the case with the young person, the Hilfe granted by the asking Jugendamt (with its
 * recommendation and the child-protection mark, which bind the staffing), its deadlines, and the answer.
 * The case team starts empty: the Leitung staffs it, and the binding recommendation is checked there.
 */
export async function acceptAnfrage(k: Kontext, id: string, z: Zusage) {
  requireAccess(k, 'anfrageAntwort', 'anlegen');
  const org = k.auth.organisation.id;
  try {
    return await k.db.withTx(txKontext(k.auth), async (tx) => {
      const a = await sperreOffeneAnfrage(tx, id, { organisationId: org });
      const eintrag = katalogEintrag(a.leistung);
      const werte: HilfeWerte = {
        leistung: a.leistung,
        variante: a.variante,
        rechtsgrundlage: rechtsgrundlageFuer(
          eintrag ?? { rechtsgrundlage: [] },
          a.variante,
          a.geburtsdatum,
          z.beginn,
        ),
        jugendamtId: a.jugendamtId,
        aktenzeichenJugendamt: a.aktenzeichenJugendamt,
        beginn: z.beginn,
        // The provider's statement wins; without one, what the ASD wrote into the request.
        ...(z.herkunft?.trim() || z.herkunftText?.trim()
          ? { herkunft: z.herkunft?.trim() || null, herkunftText: z.herkunftText?.trim() || null }
          : { herkunft: a.herkunft, herkunftText: a.herkunftText }),
      };
      if (z.vorgaengerHilfeId) throw new Ungueltig({ vorgaengerHilfeId: KEIN_VORGAENGER });
      const fallId = randomUUID();
      // An origin given with the Zusage or the request is checked like on the Hilfe form (422 per field; the
      // start may have moved). Without one, the contract's plain `{ beginn }` still grants the Hilfe; it then
      // shows the origin as missing until the provider records it (docs/regeln.md, "Zusage einer Nachbetreuung").
      const nachtragen = !werte.herkunft && !werte.herkunftText;
      await pruefeHilfe(tx, werte, { fallId, anschlussNachtragen: nachtragen });
      const hilfeId = randomUUID();
      const aktenzeichen =
        z.aktenzeichen?.trim() || (await naechstesAktenzeichen(tx, org, z.beginn.slice(0, 4)));
      const titel =
        eintrag?.varianten.find((v) => v.id === a.variante)?.titel ?? eintrag?.titel ?? a.leistung;
      await tx.insert(fall).values({ id: fallId, organisationId: org, aktenzeichen, bezeichnung: titel });
      await tx.insert(person).values({
        organisationId: org,
        fallId,
        rolle: 'junger_mensch',
        vorname: a.vorname,
        nachname: a.nachname,
        geburtsdatum: a.geburtsdatum,
      });
      await tx.insert(hilfe).values({
        id: hilfeId,
        organisationId: org,
        fallId,
        leistung: werte.leistung,
        variante: werte.variante ?? null,
        rechtsgrundlage: werte.rechtsgrundlage,
        jugendamtId: a.jugendamtId,
        aktenzeichenJugendamt: a.aktenzeichenJugendamt,
        beginn: z.beginn,
        // In the Bremerhaven Trägerbudget the hours the ASD names are not binding (003 II.6): the provider
        // steers the hours. Elsewhere they are the granted Fachleistungsstunden.
        stundenProMonat: a.leistung === 'bremerhaven-ambulant' ? null : a.umfangStundenMonat,
        empfehlung: a.empfehlung,
        kinderschutzrelevant: a.kinderschutzrelevant,
        herkunft: werte.herkunft ?? null,
        herkunftText: werte.herkunftText ?? null,
      });
      await tx
        .update(anfrage)
        .set({
          status: 'zugesagt',
          zugesagterBeginn: z.beginn,
          fallId,
          hilfeId,
          beantwortetAm: sql`now()`,
          beantwortetVon: k.auth.benutzer.id,
        })
        .where(eq(anfrage.id, id));
      await schreibeAudit(tx, k, {
        aktion: 'anlegen',
        ressource: 'fall',
        ressourceId: fallId,
        felder: ['aktenzeichen', 'bezeichnung', 'personen'],
      });
      await schreibeAudit(tx, k, {
        aktion: 'anlegen',
        ressource: 'hilfe',
        ressourceId: hilfeId,
        felder: Object.keys(werte).filter((f) => !f.startsWith('herkunft') || werte[f as keyof HilfeWerte]),
      });
      await schreibeAudit(tx, k, {
        aktion: 'zusagen',
        ressource: 'anfrage',
        ressourceId: id,
        fallId,
        hilfeId,
      });
      await aktualisiereFristen(tx, hilfeId);
      return { fallId, hilfeId, aktenzeichen };
    });
  } catch (error) {
    if (istEindeutigkeitsFehler(error, 'fall_aktenzeichen_uq')) {
      throw new Ungueltig({ aktenzeichen: AKTENZEICHEN_VERGEBEN });
    }
    throw error;
  }
}
