import { randomUUID } from 'node:crypto';
import { anfrage, type EMPFEHLUNGEN, organisation } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Ungueltig } from '../../fehler.ts';
import { katalogEintrag } from '../../katalog.ts';
import { heute } from '../fristen/intern/heute.ts';
import { pruefeAnschluss } from '../hilfen/intern/pruefe-anschluss.ts';
import { ladeAnfrage } from './intern/anfrage-dto.ts';

export interface NeueAnfrage {
  traegerId: string;
  leistung: string;
  variante?: string | null;
  jungerMensch: { vorname: string; nachname: string; geburtsdatum: string };
  beginn: string;
  umfangStundenMonat?: number | null;
  empfehlung?: (typeof EMPFEHLUNGEN)[number] | null;
  kinderschutzrelevant?: boolean;
  anlass: string;
  aktenzeichenJugendamt?: string | null;
  herkunft?: string | null;
  herkunftText?: string | null;
}

const angebot = (leistungen: readonly string[]) =>
  leistungen.map((l) => `${l} (${katalogEintrag(l)?.titel ?? l})`).join(', ');

/**
 * POST /api/anfragen — the ASD asks a provider to take on a Hilfe (Anfrageformular). The provider must offer
 * the Leistung: otherwise 422 naming what it offers, so the ASD can choose again.
 */
export async function createAnfrage(k: Kontext, e: NeueAnfrage) {
  requireAccess(k, 'anfrage', 'anlegen');
  const jugendamtId = k.auth.organisation.id;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [traeger] = await tx
      .select({ id: organisation.id, name: organisation.name, leistungen: organisation.leistungen })
      .from(organisation)
      .where(and(eq(organisation.id, e.traegerId), eq(organisation.art, 'traeger')));
    const felder: Record<string, string> = {};
    if (!traeger) {
      felder.traegerId = 'Bitte wählen Sie einen Träger aus der Liste.';
    } else if (!traeger.leistungen.includes(e.leistung)) {
      felder.leistung =
        traeger.leistungen.length > 0
          ? `${traeger.name} bietet die Leistung „${e.leistung}“ nicht an. Angeboten: ${angebot(traeger.leistungen)}.`
          : `${traeger.name} bietet derzeit keine Leistung an.`;
    } else {
      const varianten = katalogEintrag(e.leistung)?.varianten.map((v) => v.id) ?? [];
      if (varianten.length > 0 && !e.variante) {
        felder.variante = `Bitte wählen Sie eine Variante: ${varianten.join(', ')}.`;
      } else if (e.variante && !varianten.includes(e.variante)) {
        felder.variante =
          varianten.length > 0
            ? `Unbekannte Variante „${e.variante}“. Gültig sind: ${varianten.join(', ')}.`
            : `Die Leistung ${e.leistung} hat keine Varianten.`;
      }
    }
    // The ASD may already say where the young person comes from (LT 11); then it is checked like on the Hilfe.
    // Left out, the provider's Leitung states it with the Zusage.
    const herkunft = e.herkunft?.trim() || null;
    const herkunftText = e.herkunftText?.trim() || null;
    const eintrag = katalogEintrag(e.leistung);
    if (eintrag && (herkunft || herkunftText)) {
      Object.assign(
        felder,
        await pruefeAnschluss(tx, eintrag, { beginn: e.beginn, herkunft, herkunftText }, { fallId: '' }),
      );
    }
    if (e.jungerMensch.geburtsdatum > heute()) {
      felder['jungerMensch.geburtsdatum'] = 'Das Geburtsdatum liegt in der Zukunft.';
    } else if (e.jungerMensch.geburtsdatum > e.beginn) {
      felder['jungerMensch.geburtsdatum'] = 'Das Geburtsdatum liegt nach dem gewünschten Beginn.';
    }
    if (Object.keys(felder).length > 0) throw new Ungueltig(felder);

    const id = randomUUID();
    await tx.insert(anfrage).values({
      id,
      organisationId: e.traegerId,
      jugendamtId,
      erstelltVon: k.auth.benutzer.id,
      leistung: e.leistung,
      variante: e.variante ?? null,
      vorname: e.jungerMensch.vorname.trim(),
      nachname: e.jungerMensch.nachname.trim(),
      geburtsdatum: e.jungerMensch.geburtsdatum,
      beginn: e.beginn,
      umfangStundenMonat: e.umfangStundenMonat == null ? null : String(e.umfangStundenMonat),
      empfehlung: e.empfehlung ?? null,
      kinderschutzrelevant: e.kinderschutzrelevant ?? false,
      anlass: e.anlass.trim(),
      aktenzeichenJugendamt: e.aktenzeichenJugendamt?.trim() || null,
      herkunft,
      herkunftText,
    });
    await schreibeAudit(tx, k, { aktion: 'anlegen', ressource: 'anfrage', ressourceId: id });
    return ladeAnfrage(tx, eq(anfrage.id, id));
  });
}
