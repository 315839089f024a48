import { budgetvereinbarung, type Db, organisation } from '@hilfewerk/db';
import { periodenende } from '@hilfewerk/rules/tag';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Kontext } from '../../../access/kontext.ts';

const traeger = alias(organisation, 'traeger');

/**
 * The Trägerbudgets agreed with the user's Jugendamt, read under its own role: rls.sql gives its
 * Fachcontrolling exactly these rows, and the filter says the same, so neither wall alone decides.
 */
export async function ladeVereinbarungenDesJugendamts(tx: Db, k: Kontext, bedingung?: SQL) {
  return tx
    .select({ b: budgetvereinbarung, jugendamt: organisation.name, traeger: traeger.name })
    .from(budgetvereinbarung)
    .innerJoin(traeger, eq(traeger.id, budgetvereinbarung.organisationId))
    .leftJoin(organisation, eq(organisation.id, budgetvereinbarung.jugendamtId))
    .where(and(eq(budgetvereinbarung.jugendamtId, k.auth.organisation.id), bedingung))
    .orderBy(asc(traeger.name), asc(budgetvereinbarung.beginn));
}

export type VereinbarungDesJugendamts = Awaited<ReturnType<typeof ladeVereinbarungenDesJugendamts>>[number];

export function traegerbudgetDto(z: VereinbarungDesJugendamts) {
  return {
    id: z.b.id,
    bezeichnung: z.b.bezeichnung,
    traeger: { id: z.b.organisationId, name: z.traeger },
    gesamtbudget: z.b.gesamtbudget,
    beginn: z.b.beginn,
    monate: z.b.monate,
    ende: periodenende(z.b.beginn, z.b.monate),
  };
}
