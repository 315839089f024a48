import { monatsabschluss, organisation, rechnung } from '@hilfewerk/db';
import { and, asc, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { erzeugeDatevBuchungsstapel } from '../../dokumente/datev-export.ts';
import type { Rechnung } from '../../dokumente/rechnung.ts';
import { NichtGefunden, Ungueltig } from '../../fehler.ts';
import { istMonat } from './intern/monat.ts';
import { datevEinstellungen, rechnungsangabenSchema, wjBeginnFuer } from './intern/rechnungsangaben.ts';

/**
 * The invoices of a closed month — and the credit notes written on them since, within the same
 * fiscal year — as a DATEV Buchungsstapel (EXTF CSV) for the provider's tax adviser.
 */
export async function datevExport(k: Kontext, monat: string) {
  requireAccess(k, 'rechnung', 'lesen');
  if (k.auth.organisation.art !== 'traeger') throw new NichtGefunden('Der Monatsabschluss');
  if (!istMonat(monat)) throw new NichtGefunden('Der Monatsabschluss');
  const org = k.auth.organisation.id;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [abschluss] = await tx
      .select()
      .from(monatsabschluss)
      .where(and(eq(monatsabschluss.organisationId, org), eq(monatsabschluss.monat, monat)));
    if (!abschluss) throw new NichtGefunden(`Der Monatsabschluss ${monat}`);
    const zeilen = await tx
      .select({ dokument: rechnung.dokument })
      .from(rechnung)
      .where(and(eq(rechnung.organisationId, org), eq(rechnung.monatsabschlussId, abschluss.id)))
      .orderBy(asc(rechnung.jahr), asc(rechnung.laufnummer));
    const rechnungen = zeilen.map((z) => z.dokument as Rechnung);
    if (rechnungen.length === 0) {
      throw new Ungueltig({ monat: 'Der Monat hat keine Rechnungen; es gibt nichts zu exportieren.' });
    }
    const [traeger] = await tx.select().from(organisation).where(eq(organisation.id, org));
    const angaben = rechnungsangabenSchema.safeParse(traeger.rechnungsangaben);
    if (!angaben.success) {
      throw new Ungueltig(
        { rechnungsangaben: 'Die Rechnungsangaben des Trägers fehlen.' },
        'Für den DATEV-Export fehlen die Rechnungs- und Buchhaltungsangaben des Trägers.',
      );
    }
    const wjBeginn = wjBeginnFuer(angaben.data, rechnungen[0].datum);
    const einstellungen = datevEinstellungen(angaben.data, wjBeginn);
    const imJahr = rechnungen.filter((r) => r.datum >= wjBeginn && r.datum < plusJahr(wjBeginn));
    return { inhalt: erzeugeDatevBuchungsstapel(imJahr, einstellungen), anzahl: imJahr.length };
  });
}

const plusJahr = (iso: string) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
