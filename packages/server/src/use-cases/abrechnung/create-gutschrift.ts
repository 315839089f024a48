import type { gutschriftEingabe } from '@hilfewerk/api';
import { fall, organisation, rechnung, rechnungsposition } from '@hilfewerk/db';
import { rechnungSumme } from '@hilfewerk/rules';
import Decimal from 'decimal.js';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import type { Rechnung, Rechnungsposition } from '../../dokumente/rechnung.ts';
import { HttpFehler, NichtGefunden, Ungueltig } from '../../fehler.ts';
import { heute } from '../fristen/intern/heute.ts';
import { naechsteNummer } from './intern/nummernkreis.ts';
import { ladeRechnung, rechnungDto } from './intern/rechnung-dto.ts';
import { verkaeuferVon } from './intern/rechnungsangaben.ts';
import { speichereRechnung } from './intern/speichere-rechnung.ts';

/** As the route's schema in @hilfewerk/api parses it. */
export type GutschriftEingabe = z.infer<typeof gutschriftEingabe>;

/**
 * Corrects a sent invoice by a credit note with its own gapless number — the invoice itself is
 * never edited. A credit note can take back at most what the invoice still carries, per line.
 */
export async function createGutschrift(k: Kontext, rechnungId: string, e: GutschriftEingabe) {
  requireAccess(k, 'rechnung', 'anlegen');
  const org = k.auth.organisation.id;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const original = await ladeRechnung(tx, k, rechnungId);
    if (original.r.organisationId !== org) throw new NichtGefunden('Die Rechnung');
    if (original.r.art !== 'rechnung') {
      throw new HttpFehler(
        409,
        'Eine Gutschrift lässt sich nur zu einer Rechnung schreiben, nicht zu einer Gutschrift.',
      );
    }
    // Lock the invoice row: two credit notes at once must not both take back the same amount.
    await tx.execute(sql`select 1 from ${rechnung} where ${rechnung.id} = ${rechnungId} for update`);
    const doc = original.r.dokument as Rechnung;

    const frueher = await tx
      .select({ dokument: rechnung.dokument })
      .from(rechnung)
      .where(and(eq(rechnung.bezugRechnungId, rechnungId), eq(rechnung.art, 'gutschrift')));
    const schonGutgeschrieben = new Map<number, Decimal>();
    for (const g of frueher) {
      for (const p of (g.dokument as Rechnung & { positionen: { nr?: number }[] }).positionen) {
        const nr = (p as { nr?: number }).nr ?? 0;
        schonGutgeschrieben.set(nr, (schonGutgeschrieben.get(nr) ?? new Decimal(0)).plus(p.betrag));
      }
    }

    const auswahl = e.positionen ?? doc.positionen.map((p, i) => ({ nr: i + 1, menge: p.menge }));
    if (auswahl.length === 0) throw new Ungueltig({ positionen: 'Bitte mindestens eine Position wählen.' });
    const felder: Record<string, string> = {};
    const positionen = auswahl.map((a, i) => {
      const p = doc.positionen[a.nr - 1] && mitBasismenge(doc.positionen[a.nr - 1]);
      if (!p) {
        felder[`positionen.${i}.nr`] = `Die Rechnung hat keine Position ${a.nr}.`;
        return null;
      }
      const menge = new Decimal(a.menge);
      if (menge.lte(0) || menge.gt(p.menge)) {
        felder[`positionen.${i}.menge`] = `Die Menge muss größer als 0 und höchstens ${p.menge} sein.`;
        return null;
      }
      const betrag = menge.eq(p.menge)
        ? new Decimal(p.betrag)
        : menge
            .times(p.satz)
            .div(p.basismenge ?? 1)
            .toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      const rest = new Decimal(p.betrag).minus(schonGutgeschrieben.get(a.nr) ?? 0);
      if (betrag.gt(rest)) {
        felder[`positionen.${i}.menge`] =
          `Position ${a.nr} trägt nur noch ${rest.toFixed(2)} €; mehr lässt sich nicht gutschreiben.`;
        return null;
      }
      return {
        ...p,
        nr: a.nr,
        text: `Korrektur (${e.grund.trim()}): ${p.text}`,
        menge: menge.toString(),
        betrag: betrag.toFixed(2),
      };
    });
    if (Object.keys(felder).length > 0) throw new Ungueltig(felder);
    const zeilen = positionen as NonNullable<(typeof positionen)[number]>[];

    const tag = heute();
    // The credit note is issued now, so it carries the provider's current details (register entry, bank).
    const [traeger] = await tx.select().from(organisation).where(eq(organisation.id, org));
    const { verkaeufer, angaben } = verkaeuferVon(traeger);
    const prefix = angaben.nummernPrefix;
    const { nummer, laufnummer } = await naechsteNummer(tx, org, Number(tag.slice(0, 4)), prefix);
    const gutschrift: Rechnung = {
      ...doc,
      nummer,
      datum: tag,
      verkaeufer,
      art: 'gutschrift',
      bezugNummer: doc.nummer,
      bezugDatum: doc.datum,
      positionen: zeilen,
      summe: rechnungSumme(zeilen),
    };
    const hilfeIds = zeilen.map((z) => z.hilfeId);
    const faelle = await tx
      .select({ hilfeId: rechnungsposition.hilfeId, fallId: fall.id })
      .from(rechnungsposition)
      .innerJoin(fall, eq(fall.id, rechnungsposition.fallId))
      .where(and(eq(rechnungsposition.rechnungId, rechnungId), inArray(rechnungsposition.hilfeId, hilfeIds)));
    const id = await speichereRechnung(tx, gutschrift, {
      organisationId: org,
      jugendamtId: original.r.jugendamtId,
      monatsabschlussId: original.r.monatsabschlussId,
      bezugRechnungId: rechnungId,
      laufnummer,
      erstelltVon: k.auth.benutzer.id,
      fallVonHilfe: (h) => faelle.find((f) => f.hilfeId === h)?.fallId ?? null,
    });
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'gutschrift',
      ressourceId: id,
      bezugRechnungId: rechnungId,
    });
    return rechnungDto(await ladeRechnung(tx, k, id), true);
  });
}

/**
 * Invoices written before base quantities billed part of a month as a rounded share ("0.5333",
 * "Monat (anteilig 16/30 Tage)"), which does not multiply out; their credit notes count the days instead.
 */
function mitBasismenge(p: Rechnungsposition): Rechnungsposition {
  const anteilig = /anteilig (\d+)\/(\d+) Tage/.exec(p.einheit);
  if (p.basismenge || !anteilig) return p;
  return {
    ...p,
    menge: anteilig[1],
    basismenge: anteilig[2],
    einheit: 'Tag (anteilig)',
    einheitCode: 'DAY',
  };
}
