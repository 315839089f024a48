import { type Db, monatsabschluss, organisation, rechnung } from '@hilfewerk/db';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import type { Rechnung } from '../../../dokumente/rechnung.ts';
import { NichtGefunden } from '../../../fehler.ts';

/**
 * Invoices a user reaches: a provider's staff those the provider wrote; a Jugendamt's Wirtschaftliche
 * Jugendhilfe those addressed to it (RLS says the same).
 */
export function rechnungImUmfang(k: Kontext): SQL {
  const org = k.auth.organisation.id;
  return k.auth.organisation.art === 'jugendamt'
    ? eq(rechnung.jugendamtId, org)
    : eq(rechnung.organisationId, org);
}

const gutgeschrieben = sql<string>`coalesce((select sum(g.summe) from ${rechnung} g
  where g.bezug_rechnung_id = ${rechnung.id} and g.art = 'gutschrift'), 0)::numeric(14,2)::text`;

const spalten = {
  r: rechnung,
  jugendamt: organisation.name,
  monat: monatsabschluss.monat,
  gutgeschrieben,
};

type Zeile = {
  r: typeof rechnung.$inferSelect;
  jugendamt: string | null;
  monat: string | null;
  gutgeschrieben: string;
};

/**
 * Where an invoice stands: storniert once credit notes take back all of it, else bezahlt, versendet or
 * erstellt by the days recorded. A credit note is erstellt or versendet.
 */
export function rechnungsstatus(z: Zeile): 'erstellt' | 'versendet' | 'bezahlt' | 'storniert' {
  if (z.r.art === 'rechnung' && Number(z.gutgeschrieben) >= Number(z.r.summe)) return 'storniert';
  if (z.r.bezahltAm) return 'bezahlt';
  if (z.r.versendetAm) return 'versendet';
  return 'erstellt';
}

export function rechnungDto(z: Zeile, mitPositionen: boolean) {
  const d = z.r.dokument as Rechnung;
  return {
    id: z.r.id,
    nummer: z.r.nummer,
    art: z.r.art,
    rechnungsdatum: z.r.rechnungsdatum,
    zeitraumVon: z.r.zeitraumVon,
    zeitraumBis: z.r.zeitraumBis,
    monat: z.monat,
    jugendamt: { id: z.r.jugendamtId, name: z.jugendamt ?? '' },
    summe: z.r.summe,
    gutgeschrieben: z.gutgeschrieben,
    bezugRechnungId: z.r.bezugRechnungId,
    bezugNummer: d.bezugNummer ?? null,
    status: rechnungsstatus(z),
    versendetAm: z.r.versendetAm,
    bezahltAm: z.r.bezahltAm,
    aussteller: d.verkaeufer.name,
    sachlichRichtig:
      z.r.sachlichRichtigAm && z.r.sachlichRichtigVon
        ? { am: z.r.sachlichRichtigAm, von: z.r.sachlichRichtigVon }
        : null,
    angewiesen:
      z.r.angewiesenAm && z.r.angewiesenVon ? { am: z.r.angewiesenAm, von: z.r.angewiesenVon } : null,
    ...(mitPositionen
      ? {
          verkaeufer: d.verkaeufer.name,
          leitwegId: d.kaeufer.leitwegId,
          zahlungszielTage: d.zahlungszielTage,
          positionen: d.positionen.map((p, i) => ({ nr: i + 1, ...p })),
        }
      : {}),
  };
}

export async function ladeRechnungen(tx: Db, k: Kontext, bedingung?: SQL) {
  return tx
    .select(spalten)
    .from(rechnung)
    .leftJoin(organisation, eq(organisation.id, rechnung.jugendamtId))
    .leftJoin(monatsabschluss, eq(monatsabschluss.id, rechnung.monatsabschlussId))
    .where(and(rechnungImUmfang(k), bedingung))
    .orderBy(desc(rechnung.jahr), desc(rechnung.laufnummer));
}

/** One invoice the user reaches, or 404 (also for other organisations' invoices). */
export async function ladeRechnung(tx: Db, k: Kontext, id: string) {
  const [z] = await ladeRechnungen(tx, k, eq(rechnung.id, id));
  if (!z) throw new NichtGefunden('Die Rechnung');
  return z;
}
