import type { AngeboteneLeistung } from '@hilfewerk/api';
import { anfrage, type Db, hilfe, organisation } from '@hilfewerk/db';
import { and, count, eq, gte, isNull, or } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import { hatZugriff } from '../../../access/require-access.ts';
import { KeinZugriff } from '../../../fehler.ts';
import { katalogEintrag } from '../../../katalog.ts';
import { heute } from '../../fristen/intern/heute.ts';

/** Only a provider offers Leistungen; a Jugendamt's staff have nothing to maintain here. */
export function nurTraeger(k: Kontext): void {
  if (k.auth.organisation.art !== 'traeger') {
    throw new KeinZugriff('Leistungen bietet nur ein Träger an; ein Jugendamt pflegt hier nichts.');
  }
}

/**
 * The organisation's row, locked when it is about to change: two Leitungen editing at once then take turns
 * instead of one overwriting the other's list.
 */
export async function ladeAngebot(tx: Db, organisationId: string, sperren = false): Promise<string[]> {
  const abfrage = tx
    .select({ leistungen: organisation.leistungen })
    .from(organisation)
    .where(eq(organisation.id, organisationId));
  const [o] = sperren ? await abfrage.for('update') : await abfrage;
  return o?.leistungen ?? [];
}

/** Hilfen of the Leistung not yet ended (today or later still counts as running). */
export async function laufendeHilfen(tx: Db, organisationId: string, leistung: string): Promise<number> {
  const [z] = await tx
    .select({ n: count() })
    .from(hilfe)
    .where(
      and(
        eq(hilfe.organisationId, organisationId),
        eq(hilfe.leistung, leistung),
        or(isNull(hilfe.tatsaechlichesEnde), gte(hilfe.tatsaechlichesEnde, heute())),
      ),
    );
  return z.n;
}

export async function offeneAnfragen(tx: Db, organisationId: string, leistung: string): Promise<number> {
  const [z] = await tx
    .select({ n: count() })
    .from(anfrage)
    .where(
      and(
        eq(anfrage.organisationId, organisationId),
        eq(anfrage.leistung, leistung),
        eq(anfrage.status, 'offen'),
      ),
    );
  return z.n;
}

/** The list as the page shows it, in the order the catalogue's titles sort. */
export async function angebotDto(tx: Db, k: Kontext): Promise<{ leistungen: AngeboteneLeistung[] }> {
  const org = k.auth.organisation.id;
  // Requests reach the Leitung only (rls.sql): for another role a count would read 0 and mislead.
  const siehtAnfragen = hatZugriff(k, 'anfrage', 'lesen');
  const leistungen: AngeboteneLeistung[] = [];
  for (const id of await ladeAngebot(tx, org)) {
    leistungen.push({
      id,
      titel: katalogEintrag(id)?.titel ?? id,
      laufendeHilfen: await laufendeHilfen(tx, org, id),
      offeneAnfragen: siehtAnfragen ? await offeneAnfragen(tx, org, id) : null,
    });
  }
  return { leistungen: leistungen.sort((a, b) => a.titel.localeCompare(b.titel, 'de')) };
}
