import { budgetvereinbarung, type Db, organisation } from '@hilfewerk/db';
import { desc, eq } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import { NichtGefunden } from '../../../fehler.ts';

export interface Stelle {
  art: 'fachkraft' | 'semiprofessionell';
  vk: number;
  jahresstundenVk: number;
}

/** From `ab` on, `stellen` replaces the staff plan (a tariff change "mit Inkrafttreten"). */
export interface Stellenaenderung {
  ab: string;
  stellen: Stelle[];
  grund?: string;
}

/** The organisation's Trägerbudget agreement (the newest, should there ever be several), or 404. */
export async function ladeVereinbarung(tx: Db, k: Kontext) {
  const [z] = await tx
    .select({ b: budgetvereinbarung, jugendamt: organisation.name })
    .from(budgetvereinbarung)
    .leftJoin(organisation, eq(organisation.id, budgetvereinbarung.jugendamtId))
    .where(eq(budgetvereinbarung.organisationId, k.auth.organisation.id))
    .orderBy(desc(budgetvereinbarung.beginn))
    .limit(1);
  if (!z) throw new NichtGefunden('Eine Trägerbudget-Vereinbarung dieser Organisation');
  return z;
}

export function vereinbarungDto(z: Awaited<ReturnType<typeof ladeVereinbarung>>) {
  const b = z.b;
  return {
    id: b.id,
    bezeichnung: b.bezeichnung,
    jugendamt: { id: b.jugendamtId, name: z.jugendamt ?? '' },
    gesamtbudget: b.gesamtbudget,
    beginn: b.beginn,
    monate: b.monate,
    direktanteil: Number(b.direktanteil),
    stellen: b.stellen as Stelle[],
    stellenaenderungen: (b.stellenaenderungen ?? []) as Stellenaenderung[],
    basisleistungStunden: b.basisleistungStunden,
    version: b.version,
  };
}

export type VereinbarungDto = ReturnType<typeof vereinbarungDto>;
