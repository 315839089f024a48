import { monatsabschluss, organisation, rechnung } from '@hilfewerk/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { erzeugeDatevBuchungsstapel } from '../../dokumente/datev-export.ts';
import type { Rechnung } from '../../dokumente/rechnung.ts';
import { NichtGefunden, Ungueltig } from '../../fehler.ts';
import { istMonat } from './intern/monat.ts';
import { datevEinstellungen, rechnungsangabenSchema, wjBeginnFuer } from './intern/rechnungsangaben.ts';

/**
 * The invoices of a closed month and the credit notes written on them as a DATEV Buchungsstapel (EXTF CSV)
 * for the provider's tax adviser. A Stapel holds one fiscal year: credit notes dated in a later fiscal year
 * are a Stapel of their own (`wirtschaftsjahr`, the year the fiscal year begins in; by default the year of the
 * month's invoices), and `wirtschaftsjahre` lists every year the month has documents in, so none is lost.
 * Each document remembers its first export; a later export of the month names those exported before.
 */
export async function datevExport(k: Kontext, monat: string, wirtschaftsjahr?: string) {
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
      .select({ id: rechnung.id, dokument: rechnung.dokument, exportiert: rechnung.datevExportiertAm })
      .from(rechnung)
      .where(and(eq(rechnung.organisationId, org), eq(rechnung.monatsabschlussId, abschluss.id)))
      .orderBy(asc(rechnung.jahr), asc(rechnung.laufnummer));
    if (zeilen.length === 0) {
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
    const wjVon = (z: (typeof zeilen)[number]) => wjBeginnFuer(angaben.data, (z.dokument as Rechnung).datum);
    const jahre = [...new Set(zeilen.map((z) => wjVon(z).slice(0, 4)))].sort();
    const jahr = wirtschaftsjahr ?? jahre[0];
    const imJahr = zeilen.filter((z) => wjVon(z).slice(0, 4) === jahr);
    if (imJahr.length === 0) {
      throw new Ungueltig({
        wirtschaftsjahr: `Der Monat ${monat} hat im Wirtschaftsjahr ${jahr} keine Belege; vorhanden: ${jahre.join(', ')}.`,
      });
    }
    const einstellungen = datevEinstellungen(angaben.data, wjVon(imJahr[0]));
    const inhalt = erzeugeDatevBuchungsstapel(
      imJahr.map((z) => z.dokument as Rechnung),
      einstellungen,
    );
    const bereitsExportiert = imJahr.filter((z) => z.exportiert).map((z) => (z.dokument as Rechnung).nummer);
    const neu = imJahr.filter((z) => !z.exportiert).map((z) => z.id);
    if (neu.length > 0) {
      await tx
        .update(rechnung)
        .set({ datevExportiertAm: new Date() })
        .where(and(eq(rechnung.organisationId, org), inArray(rechnung.id, neu)));
    }
    await schreibeAudit(tx, k, {
      aktion: 'exportieren',
      ressource: 'datev',
      ressourceId: abschluss.id,
      monat,
      wirtschaftsjahr: jahr,
      rechnungen: imJahr.map((z) => z.id),
    });
    return {
      inhalt,
      anzahl: imJahr.length,
      wirtschaftsjahr: jahr,
      wirtschaftsjahre: jahre,
      bereitsExportiert,
    };
  });
}
