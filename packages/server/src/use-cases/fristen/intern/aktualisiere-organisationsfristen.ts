import { type Db, eigenePflicht, hilfe, organisation, organisationsfrist } from '@hilfewerk/db';
import {
  eigeneRegel,
  fristenkataloge,
  leiteEigenePflichtenAb,
  leiteOrganisationsfristenAb,
  RHYTHMUS_MONATE,
} from '@hilfewerk/rules';
import { plusTage } from '@hilfewerk/rules/tag';
import { and, eq, inArray, isNull, max, min, sql } from 'drizzle-orm';
import { heute as heuteInBerlin } from './heute.ts';

/**
 * Derives the deadlines of a provider as an organisation — for every Leistung it delivers (has a Hilfe of):
 * e.g. Bremerhaven's yearly provider report (first 31.03.2026, then each 31.03.) and the LT 11
 * Qualitätsentwicklungsbericht at least every 2 years. The latter counts from the last report met; before the
 * first one is recorded, from the start of the first LT 11 Hilfe (when the provider began to deliver it), so
 * the deadline has a date from the start. Rows are keyed by (organisation, rule, due date): a met deadline
 * stays met, the next one is added; open ones the facts no longer give become `entfallen`.
 *
 * Must run with a view of the whole organisation (Leitung, Administration, Verwaltung or the system role):
 * a Fachkraft's narrower view would miss Leistungen.
 */
export async function aktualisiereOrganisationsfristen(
  tx: Db,
  organisationId: string,
  heute = heuteInBerlin(),
): Promise<void> {
  const [org] = await tx.select().from(organisation).where(eq(organisation.id, organisationId));
  if (org?.art !== 'traeger') return;
  const leistungen = await tx
    .select({ leistung: hilfe.leistung, erster: min(hilfe.beginn) })
    .from(hilfe)
    .where(eq(hilfe.organisationId, organisationId))
    .groupBy(hilfe.leistung);
  // Three years ahead: a report due "at least every 2 years" is visible from the day it starts to run.
  const bis = plusTage(heute, 3 * 366);
  const soll: { regel: string; bezeichnung: string; faellig: string }[] = [];
  const wiederkehrend = new Set<string>();
  const untergrenze = plusTage(heute, -62);
  for (const { leistung, erster } of leistungen) {
    const katalog = fristenkataloge().get(leistung);
    if (!katalog || katalog.organisationsfristen.length === 0) continue;
    for (const regel of katalog.organisationsfristen) {
      const [{ letzter }] = await tx
        .select({ letzter: max(organisationsfrist.erledigtAm) })
        .from(organisationsfrist)
        .where(
          and(
            eq(organisationsfrist.organisationId, organisationId),
            eq(organisationsfrist.regel, regel.id),
            eq(organisationsfrist.status, 'erledigt'),
          ),
        );
      const { fristen } = leiteOrganisationsfristenAb({ leistung, letzterBericht: letzter ?? erster, bis });
      for (const f of fristen) {
        if (f.regel !== regel.id || !f.faellig) continue;
        // Recurring duties (monthly rota, quarterly conference): no backlog from before the last two
        // months and only the next one ahead, so the list shows what is due, not years of rows.
        if (regel.art === 'wiederkehrend') {
          wiederkehrend.add(regel.id);
          if (f.faellig < untergrenze || f.faellig > plusTage(heute, 31 * (regel.alleMonate ?? 1))) continue;
        }
        soll.push({ regel: f.regel, bezeichnung: f.titel, faellig: f.faellig });
      }
    }
  }
  // Duties the Leitung set itself (supervision), as recurring duties in the same window; a stopped one
  // gives no rows, so its open deadlines lapse below.
  const eigene = await tx
    .select()
    .from(eigenePflicht)
    .where(and(eq(eigenePflicht.organisationId, organisationId), isNull(eigenePflicht.beendetAm)));
  const { fristen: eigeneFristen } = leiteEigenePflichtenAb({ pflichten: eigene, bis });
  for (const f of eigeneFristen) {
    const p = eigene.find((e) => eigeneRegel(e.id) === f.regel);
    const tage =
      p?.rhythmus === 'wochen'
        ? 7 * (p.alleWochen ?? 1)
        : 31 * (RHYTHMUS_MONATE[p?.rhythmus as keyof typeof RHYTHMUS_MONATE] ?? 1);
    wiederkehrend.add(f.regel);
    if (!f.faellig || f.faellig < untergrenze || f.faellig > plusTage(heute, tage)) continue;
    soll.push({ regel: f.regel, bezeichnung: f.titel, faellig: f.faellig });
  }
  if (soll.length > 0) {
    await tx
      .insert(organisationsfrist)
      .values(soll.map((s) => ({ organisationId, ...s })))
      .onConflictDoNothing();
  }
  const gueltig = new Set(soll.map((s) => `${s.regel}|${s.faellig}`));
  const offen = await tx
    .select({
      id: organisationsfrist.id,
      regel: organisationsfrist.regel,
      faellig: organisationsfrist.faellig,
    })
    .from(organisationsfrist)
    .where(
      and(eq(organisationsfrist.organisationId, organisationId), eq(organisationsfrist.status, 'offen')),
    );
  // An open recurring duty that slid out of the window stays open (overdue), it does not lapse.
  const veraltet = offen
    .filter((o) => !(wiederkehrend.has(o.regel) && o.faellig < untergrenze))
    .filter((o) => !gueltig.has(`${o.regel}|${o.faellig}`))
    .map((o) => o.id);
  if (veraltet.length > 0) {
    await tx
      .update(organisationsfrist)
      .set({ status: sql`'entfallen'` })
      .where(inArray(organisationsfrist.id, veraltet));
  }
}
