import { randomUUID } from 'node:crypto';
import { type Db, leistungseintrag, monatsabschluss, organisation, rechnung } from '@hilfewerk/db';
import { monatsgrenzen } from '@hilfewerk/rules/tag';
import { and, eq, gte, isNull, lte } from 'drizzle-orm';
import { rechnungsentwuerfe } from '../use-cases/abrechnung/intern/abrechnungsdaten.ts';
import { naechsteNummer } from '../use-cases/abrechnung/intern/nummernkreis.ts';
import { verkaeuferVon } from '../use-cases/abrechnung/intern/rechnungsangaben.ts';
import { speichereRechnung } from '../use-cases/abrechnung/intern/speichere-rechnung.ts';

/**
 * Months the demo providers closed long ago, so each Jugendamt's Wirtschaftliche Jugendhilfe has incoming
 * invoices the provider really sent — and the months and numbers of the demo's own year stay open to try the
 * close. KIJU closed October and November 2025 (its one Hilfe of that year), to Jugendamt Wuppertal: October
 * „sachlich richtig“, November waiting for the check. Träger Bremerhaven billed the Sonderbedarfe of its
 * SPFH that ended in May (TBH-2025-005) for November 2025 to January 2026, to Jugendamt Bremerhaven:
 * November „angewiesen“ and paid, December „sachlich richtig“, January still unchecked (past its due date).
 */
interface DemoAbschluss {
  monat: string;
  datum: string;
  /** The provider's step: the day it sent the invoice, and the day the payment arrived. */
  versendet: string;
  bezahlt?: string;
  /** The WJH's steps (pruefe-rechnung.ts). */
  sachlichRichtig?: string;
  angewiesen?: string;
}

const ABSCHLUESSE: { org: string; verwaltung: string; wjh: string; monate: DemoAbschluss[] }[] = [
  {
    org: 'kiju',
    verwaltung: 'verwaltung@kiju.demo',
    wjh: 'wjh@jugendamt-wuppertal.demo',
    monate: [
      { monat: '2025-10-01', datum: '2025-11-04', versendet: '2025-11-04', sachlichRichtig: '2025-11-12' },
      { monat: '2025-11-01', datum: '2025-12-03', versendet: '2025-12-03' },
    ],
  },
  {
    org: 'tbh',
    verwaltung: 'verwaltung@traeger-bremerhaven.demo',
    wjh: 'wjh@jugendamt-bremerhaven.demo',
    monate: [
      {
        monat: '2025-11-01',
        datum: '2025-12-02',
        versendet: '2025-12-02',
        sachlichRichtig: '2025-12-09',
        angewiesen: '2025-12-11',
        bezahlt: '2025-12-16',
      },
      { monat: '2025-12-01', datum: '2026-01-07', versendet: '2026-01-07', sachlichRichtig: '2026-01-20' },
      { monat: '2026-01-01', datum: '2026-02-03', versendet: '2026-02-04' },
    ],
  },
];

export async function ladeDemoRechnungen(
  tx: Db,
  org: (schluessel: string) => string,
  konto: (email: string) => string,
  d: (iso: string) => string,
  name: (email: string) => string,
): Promise<void> {
  for (const a of ABSCHLUESSE) {
    for (const z of a.monate)
      await schliesseDemoMonat(tx, org(a.org), konto(a.verwaltung), name(a.wjh), d, z);
  }
}

/** One close as closeMonat does it (the same drafts, numbers and storage), dated on the demo's day. */
async function schliesseDemoMonat(
  tx: Db,
  traegerId: string,
  verwaltung: string,
  wjh: string,
  d: (iso: string) => string,
  z: DemoAbschluss,
): Promise<void> {
  const [traeger] = await tx.select().from(organisation).where(eq(organisation.id, traegerId));
  const v = verkaeuferVon(traeger);
  const monat = d(z.monat).slice(0, 7);
  const m = monatsgrenzen(monat);
  const entwuerfe = await rechnungsentwuerfe(tx, traegerId, m);
  const abschlussId = randomUUID();
  await tx.insert(monatsabschluss).values({
    id: abschlussId,
    organisationId: traegerId,
    monat,
    abgeschlossenVon: verwaltung,
  });
  await tx
    .update(leistungseintrag)
    .set({ monatsabschlussId: abschlussId })
    .where(
      and(
        eq(leistungseintrag.organisationId, traegerId),
        gte(leistungseintrag.datum, m.von),
        lte(leistungseintrag.datum, m.bis),
        isNull(leistungseintrag.monatsabschlussId),
      ),
    );
  const datum = d(z.datum);
  for (const e of entwuerfe) {
    const { nummer, laufnummer } = await naechsteNummer(
      tx,
      traegerId,
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
        organisationId: traegerId,
        jugendamtId: e.jugendamtId,
        monatsabschlussId: abschlussId,
        laufnummer,
        erstelltVon: verwaltung,
        fallVonHilfe: (h) => e.fallVonHilfe.get(h) ?? null,
      },
    );
    await tx
      .update(rechnung)
      .set({
        versendetAm: d(z.versendet),
        bezahltAm: z.bezahlt ? d(z.bezahlt) : null,
        ...(z.sachlichRichtig ? { sachlichRichtigAm: d(z.sachlichRichtig), sachlichRichtigVon: wjh } : {}),
        ...(z.angewiesen ? { angewiesenAm: d(z.angewiesen), angewiesenVon: wjh } : {}),
      })
      .where(eq(rechnung.id, id));
  }
}
