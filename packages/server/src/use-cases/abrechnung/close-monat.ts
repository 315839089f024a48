import { randomUUID } from 'node:crypto';
import { leistungseintrag, monatsabschluss, organisation } from '@hilfewerk/db';
import { datumDe, monatsgrenzen } from '@hilfewerk/rules/tag';
import { and, eq, gte, isNull, lte } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { HttpFehler, Ungueltig } from '../../fehler.ts';
import { heute } from '../fristen/intern/heute.ts';
import { istEindeutigkeitsFehler } from '../intern/db-fehler.ts';
import { rechnungsentwuerfe } from './intern/abrechnungsdaten.ts';
import { istMonat, monatDe } from './intern/monat.ts';
import { naechsteNummer } from './intern/nummernkreis.ts';
import { verkaeuferVon } from './intern/rechnungsangaben.ts';
import { speichereRechnung } from './intern/speichere-rechnung.ts';
import { sperreMonat } from './intern/sperren.ts';

const schonAbgeschlossen = (monat: string) =>
  new HttpFehler(
    409,
    `Der Monat ${monatDe(monat)} ist bereits abgeschlossen; ein zweiter Abschluss würde doppelt abrechnen. Korrekturen bitte als Gutschrift.`,
  );

/**
 * Closes a month for the user's organisation in one transaction: locks the month's entries and
 * writes one invoice per Jugendamt with gapless numbers. Either all of it happens or nothing.
 * A second close of the month answers 409 — also when two closes race: the month lock makes the
 * second wait, and the unique index on (organisation, monat) would refuse it anyway.
 */
export async function closeMonat(k: Kontext, monat: string) {
  requireAccess(k, 'monatsabschluss', 'anlegen');
  if (!istMonat(monat)) throw new Ungueltig({ monat: 'Bitte einen Monat im Format JJJJ-MM angeben.' });
  const m = monatsgrenzen(monat);
  const tag = heute();
  if (m.bis >= tag) {
    throw new Ungueltig({
      monat: `Der Monat ${monatDe(monat)} ist noch nicht vorbei; abschließen lässt er sich ab dem Folgetag seines letzten Tages (${datumDe(m.bis)}).`,
    });
  }
  const org = k.auth.organisation.id;
  try {
    return await k.db.withTx(txKontext(k.auth), async (tx) => {
      await sperreMonat(tx, org, monat, 'exklusiv');
      const [vorhanden] = await tx
        .select({ id: monatsabschluss.id })
        .from(monatsabschluss)
        .where(and(eq(monatsabschluss.organisationId, org), eq(monatsabschluss.monat, monat)));
      if (vorhanden) throw schonAbgeschlossen(monat);

      const [traeger] = await tx.select().from(organisation).where(eq(organisation.id, org));
      const entwuerfe = await rechnungsentwuerfe(tx, org, m);
      const verkaeufer = entwuerfe.length > 0 ? verkaeuferVon(traeger) : undefined;

      const abschlussId = randomUUID();
      await tx
        .insert(monatsabschluss)
        .values({ id: abschlussId, organisationId: org, monat, abgeschlossenVon: k.auth.benutzer.id });
      const gesperrt = await tx
        .update(leistungseintrag)
        .set({ monatsabschlussId: abschlussId })
        .where(
          and(
            eq(leistungseintrag.organisationId, org),
            gte(leistungseintrag.datum, m.von),
            lte(leistungseintrag.datum, m.bis),
            isNull(leistungseintrag.monatsabschlussId),
          ),
        )
        .returning({ id: leistungseintrag.id });

      const jahr = Number(tag.slice(0, 4));
      const rechnungen: { id: string; nummer: string; jugendamt: string; summe: string }[] = [];
      for (const e of entwuerfe) {
        const v = verkaeufer as NonNullable<typeof verkaeufer>;
        const { nummer, laufnummer } = await naechsteNummer(tx, org, jahr, v.angaben.nummernPrefix);
        const r = {
          ...e.rechnung,
          nummer,
          datum: tag,
          verkaeufer: v.verkaeufer,
          zahlungszielTage: v.angaben.zahlungszielTage,
        };
        const id = await speichereRechnung(tx, r, {
          organisationId: org,
          jugendamtId: e.jugendamtId,
          monatsabschlussId: abschlussId,
          laufnummer,
          erstelltVon: k.auth.benutzer.id,
          fallVonHilfe: (h) => e.fallVonHilfe.get(h) ?? null,
        });
        rechnungen.push({ id, nummer, jugendamt: r.kaeufer.name, summe: r.summe });
      }
      await schreibeAudit(tx, k, {
        aktion: 'anlegen',
        ressource: 'monatsabschluss',
        ressourceId: abschlussId,
        monat,
        rechnungen: rechnungen.length,
        eintraege: gesperrt.length,
      });
      return { id: abschlussId, monat, eintraege: gesperrt.length, rechnungen };
    });
  } catch (error) {
    if (istEindeutigkeitsFehler(error, 'monatsabschluss_uq')) throw schonAbgeschlossen(monat);
    throw error;
  }
}
