import { randomUUID } from 'node:crypto';
import { type Db, leistungseintrag, monatsabschluss, organisation, rechnung } from '@hilfewerk/db';
import { monatsgrenzen } from '@hilfewerk/rules/tag';
import { and, eq, gte, isNull, lte } from 'drizzle-orm';
import { rechnungsentwuerfe } from '../use-cases/abrechnung/intern/abrechnungsdaten.ts';
import { naechsteNummer } from '../use-cases/abrechnung/intern/nummernkreis.ts';
import { verkaeuferVon } from '../use-cases/abrechnung/intern/rechnungsangaben.ts';
import { speichereRechnung } from '../use-cases/abrechnung/intern/speichere-rechnung.ts';

/**
 * KIJU closed October and November 2025 (the months of its one Hilfe of that year): two invoices to
 * Jugendamt Wuppertal, numbered in 2025, so the months and numbers of 2026 stay open to try the close.
 * Its WJH has marked the October invoice „sachlich richtig“; November waits for the check.
 */
const MONATE = [
  { monat: '2025-10-01', datum: '2025-11-04', versendet: '2025-11-04', sachlichRichtig: '2025-11-12' },
  { monat: '2025-11-01', datum: '2025-12-03', versendet: '2025-12-03', sachlichRichtig: null },
] as const;

export async function ladeDemoRechnungen(
  tx: Db,
  org: (schluessel: string) => string,
  konto: (email: string) => string,
  d: (iso: string) => string,
  name: (email: string) => string,
): Promise<void> {
  const kiju = org('kiju');
  const [traeger] = await tx.select().from(organisation).where(eq(organisation.id, kiju));
  const v = verkaeuferVon(traeger);
  for (const z of MONATE) {
    const monat = d(z.monat).slice(0, 7);
    const m = monatsgrenzen(monat);
    const entwuerfe = await rechnungsentwuerfe(tx, kiju, m);
    const abschlussId = randomUUID();
    await tx.insert(monatsabschluss).values({
      id: abschlussId,
      organisationId: kiju,
      monat,
      abgeschlossenVon: konto('verwaltung@kiju.demo'),
    });
    await tx
      .update(leistungseintrag)
      .set({ monatsabschlussId: abschlussId })
      .where(
        and(
          eq(leistungseintrag.organisationId, kiju),
          gte(leistungseintrag.datum, m.von),
          lte(leistungseintrag.datum, m.bis),
          isNull(leistungseintrag.monatsabschlussId),
        ),
      );
    const datum = d(z.datum);
    for (const e of entwuerfe) {
      const { nummer, laufnummer } = await naechsteNummer(
        tx,
        kiju,
        Number(datum.slice(0, 4)),
        v.angaben.nummernPrefix,
      );
      const id = await speichereRechnung(
        tx,
        {
          ...e.rechnung,
          nummer,
          datum,
          verkaeufer: v.verkaeufer,
          zahlungszielTage: v.angaben.zahlungszielTage,
        },
        {
          organisationId: kiju,
          jugendamtId: e.jugendamtId,
          monatsabschlussId: abschlussId,
          laufnummer,
          erstelltVon: konto('verwaltung@kiju.demo'),
          fallVonHilfe: (h) => e.fallVonHilfe.get(h) ?? null,
        },
      );
      await tx
        .update(rechnung)
        .set({
          versendetAm: d(z.versendet),
          ...(z.sachlichRichtig
            ? {
                sachlichRichtigAm: d(z.sachlichRichtig),
                sachlichRichtigVon: name('wjh@jugendamt-wuppertal.demo'),
              }
            : {}),
        })
        .where(eq(rechnung.id, id));
    }
  }
}
