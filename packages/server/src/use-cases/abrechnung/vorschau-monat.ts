import { fall, hilfe, leistungseintrag, monatsabschluss, organisation } from '@hilfewerk/db';
import { monatsgrenzen, datumDe as tagDe } from '@hilfewerk/rules/tag';
import Decimal from 'decimal.js';
import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { HttpFehler, Ungueltig } from '../../fehler.ts';
import { heute } from '../fristen/intern/heute.ts';
import { type Rechnungsentwurf, rechnungsentwuerfe } from './intern/abrechnungsdaten.ts';
import { istMonat, monatDe } from './intern/monat.ts';
import { verkaeuferVon } from './intern/rechnungsangaben.ts';

/**
 * What closing a month would produce, without closing it: per Jugendamt the entries, direct hours, lines
 * and amount, with warnings (hours above the granted volume), and what stands in the way of the close.
 * Computed by the same code as the close, so the preview is what the close writes.
 */
export async function vorschauMonat(k: Kontext, monat: string) {
  requireAccess(k, 'monatsabschluss', 'anlegen');
  if (!istMonat(monat)) throw new Ungueltig({ monat: 'Bitte einen Monat im Format JJJJ-MM angeben.' });
  const m = monatsgrenzen(monat);
  const org = k.auth.organisation.id;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [vorhanden] = await tx
      .select({ id: monatsabschluss.id })
      .from(monatsabschluss)
      .where(and(eq(monatsabschluss.organisationId, org), eq(monatsabschluss.monat, monat)));
    if (vorhanden) throw new HttpFehler(409, `Der Monat ${monatDe(monat)} ist bereits abgeschlossen.`);

    const hindernisse: string[] = [];
    if (m.bis >= heute()) {
      hindernisse.push(
        `Der Monat ist noch nicht vorbei; abschließen lässt er sich ab dem Folgetag seines letzten Tages (${tagDe(m.bis)}).`,
      );
    }
    let entwuerfe: Rechnungsentwurf[] = [];
    try {
      entwuerfe = await rechnungsentwuerfe(tx, org, m);
      const [traeger] = await tx.select().from(organisation).where(eq(organisation.id, org));
      if (entwuerfe.length > 0) verkaeuferVon(traeger);
    } catch (fehler) {
      if (!(fehler instanceof HttpFehler)) throw fehler;
      hindernisse.push(fehler.message);
    }

    const [{ eintraege }] = await tx
      .select({ eintraege: sql<number>`count(*)::int` })
      .from(leistungseintrag)
      .where(
        and(
          eq(leistungseintrag.organisationId, org),
          gte(leistungseintrag.datum, m.von),
          lte(leistungseintrag.datum, m.bis),
        ),
      );
    const hilfeIds = [...new Set(entwuerfe.flatMap((e) => e.rechnung.positionen.map((p) => p.hilfeId)))];
    const proHilfe = hilfeIds.length
      ? await tx
          .select({
            hilfeId: leistungseintrag.hilfeId,
            anzahl: sql<number>`count(*)::int`,
            direkt: sql<number>`coalesce(sum(${leistungseintrag.minuten}) filter (where ${leistungseintrag.art} = 'direkt'), 0)::int`,
          })
          .from(leistungseintrag)
          .where(
            and(
              eq(leistungseintrag.organisationId, org),
              gte(leistungseintrag.datum, m.von),
              lte(leistungseintrag.datum, m.bis),
              inArray(leistungseintrag.hilfeId, hilfeIds),
            ),
          )
          .groupBy(leistungseintrag.hilfeId)
      : [];
    const bewilligt = hilfeIds.length
      ? await tx
          .select({ id: hilfe.id, stundenProMonat: hilfe.stundenProMonat, aktenzeichen: fall.aktenzeichen })
          .from(hilfe)
          .innerJoin(fall, eq(fall.id, hilfe.fallId))
          .where(inArray(hilfe.id, hilfeIds))
      : [];

    const jugendaemter = entwuerfe.map((e) => {
      const ids = new Set(e.rechnung.positionen.map((p) => p.hilfeId));
      const zeilen = proHilfe.filter((z) => z.hilfeId && ids.has(z.hilfeId));
      const warnungen: string[] = [];
      for (const p of e.rechnung.positionen) {
        const b = bewilligt.find((h) => h.id === p.hilfeId);
        if (p.einheitCode !== 'HUR' || !b?.stundenProMonat) continue;
        if (new Decimal(p.menge).gt(b.stundenProMonat)) {
          warnungen.push(
            `Fall ${b.aktenzeichen}: ${stundenDe(p.menge)} Std. abgerechnet, bewilligt sind ${stundenDe(b.stundenProMonat)} Std./Monat.`,
          );
        }
      }
      return {
        jugendamt: e.rechnung.kaeufer.name,
        leitwegId: e.rechnung.kaeufer.leitwegId,
        positionen: e.rechnung.positionen.length,
        eintraege: zeilen.reduce((s, z) => s + Number(z.anzahl), 0),
        stunden: new Decimal(zeilen.reduce((s, z) => s + Number(z.direkt), 0)).div(60).toFixed(2),
        summe: e.rechnung.summe,
        warnungen,
      };
    });
    return {
      monat,
      eintraege: Number(eintraege),
      jugendaemter,
      summe: jugendaemter.reduce((s, j) => s.plus(j.summe), new Decimal(0)).toFixed(2),
      hindernisse,
      abschliessbar: hindernisse.length === 0,
    };
  });
}

const stundenDe = (wert: string) => new Decimal(wert).toString().replace('.', ',');
