import { randomUUID } from 'node:crypto';
import { leistungseintrag, leistungseintragTeilnahme } from '@hilfewerk/db';
import { teileMinuten } from '@hilfewerk/rules';
import { eq, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { auditZeile, schreibeAudit } from '../../audit/schreibe-audit.ts';
import {
  monatsSchluessel,
  personenSchluessel,
  SPERRE_MONAT_UND_PERSON,
} from '../abrechnung/intern/sperren.ts';
import { alsDtos, type LeistungDto, leistungDto } from './intern/leistung-dto.ts';
import {
  type LeistungWerte,
  pruefeEingabe,
  pruefeLeistung,
  qualifikationDerRolle,
} from './intern/pruefe-leistung.ts';

/**
 * Records one stretch of the user's own work; a group offer's minutes are split across its Hilfen.
 *
 * Hour entry is the application's most frequent write, so the usual case costs one round trip:
 * context, locks and one statement that checks, inserts (entry, group shares, audit row) and
 * returns the row travel together as one transaction (`eintragInEinerNachricht`). When that
 * statement refuses — a case outside the person's team, a date outside the Hilfe, a closed month,
 * an overlap — nothing was written, and the entry runs again through `pruefeLeistung`, which
 * names the reason (or writes the entry, if the obstacle is gone by then).
 */
export async function createLeistung(k: Kontext, eingabe: LeistungWerte): Promise<LeistungDto> {
  requireAccess(k, 'leistungseintrag', 'anlegen');
  return (await eintragInEinerNachricht(k, eingabe)) ?? eintragMitBegruendung(k, eingabe);
}

/** A PostgreSQL array literal; the elements are uuids or integers, never text that needs quoting. */
const alsArray = (werte: readonly (string | number)[]) => `{${werte.join(',')}}`;

const p = (name: string) => sql.placeholder(name);

/**
 * The statement that checks, inserts and returns one entry — built once per kind (a group offer
 * also writes its shares), so that its text is rendered and prepared once, not on every request.
 * The checks are those of `pruefeLeistung`, in SQL: every named Hilfe belongs to a case whose team
 * the person is in and runs on the date, the month is not closed, no own entry overlaps the times.
 * What the check lets through is inserted together with the audit row; a refused entry inserts
 * nothing and returns no row.
 */
function eintragSql(gruppe: boolean) {
  return sql`with
    hilfen as (
      select h.id, h.fall_id
      from hilfe h
      join fall_team t on t.fall_id = h.fall_id and t.benutzer_id = ${p('ich')}::uuid
      where h.id = any(${p('hilfeIds')}::uuid[]) and h.organisation_id = ${p('org')}::uuid
        and h.beginn <= ${p('datum')}::date
        and coalesce(h.tatsaechliches_ende, h.geplantes_ende, 'infinity'::date) >= ${p('datum')}::date
    ),
    zulaessig as (
      select
      where (select count(*) from hilfen) = ${p('anzahlHilfen')}::int
        and not exists (
          select from monatsabschluss m
          where m.organisation_id = ${p('org')}::uuid and m.monat = ${p('monat')}::text)
        and (${p('beginn')}::time is null or not exists (
          select from leistungseintrag x
          where x.benutzer_id = ${p('ich')}::uuid and x.datum = ${p('datum')}::date and x.beginn is not null
            and x.beginn < ${p('ende')}::time and x.ende > ${p('beginn')}::time))
    ),
    neu as (
      insert into leistungseintrag (id, organisation_id, benutzer_id, datum, beginn, ende, minuten, art,
        qualifikation, hilfe_id, fall_id, gruppenangebot, bemerkung)
      select ${p('id')}::uuid, ${p('org')}::uuid, ${p('ich')}::uuid, ${p('datum')}::date, ${p('beginn')}::time,
        ${p('ende')}::time, ${p('minuten')}::int, ${p('art')}::text, ${p('qualifikation')}::text,
        ${p('hilfeId')}::uuid, (select hilfen.fall_id from hilfen where hilfen.id = ${p('hilfeId')}::uuid),
        ${p('gruppenangebot')}::text, ${p('bemerkung')}::text
      from zulaessig
      returning *
    ),
    ${
      gruppe
        ? sql`teilnahmen as (
      insert into leistungseintrag_teilnahme (eintrag_id, organisation_id, hilfe_id, fall_id, minuten)
      select neu.id, neu.organisation_id, anteil.hilfe_id, hilfen.fall_id, anteil.minuten
      from neu,
        unnest(${p('anteilHilfen')}::uuid[], ${p('anteilMinuten')}::int[]) as anteil (hilfe_id, minuten)
        join hilfen on hilfen.id = anteil.hilfe_id
      returning hilfe_id, fall_id, minuten
    ),`
        : sql``
    }
    protokoll as (
      insert into audit (organisation_id, benutzer_id, aktion, ressource, ressource_id, ip, details)
      select ${p('auditOrg')}::uuid, ${p('auditBenutzer')}::uuid, ${p('aktion')}::text, ${p('ressource')}::text,
        neu.id, ${p('ip')}::text, ${p('details')}::jsonb
      from neu
    )
    select neu.id, neu.organisation_id as "organisationId", neu.fall_id as "fallId", neu.hilfe_id as "hilfeId",
      neu.benutzer_id as "benutzerId", neu.datum::text as datum, neu.beginn::text as beginn,
      neu.ende::text as ende, neu.minuten, neu.art, neu.qualifikation, neu.gruppenangebot, neu.bemerkung,
      neu.monatsabschluss_id as "monatsabschlussId", neu.version,
      to_json(neu.erfasst_am)::text as "erfasstAm",
      ${
        gruppe
          ? sql`(select coalesce(json_agg(json_build_object('hilfeId', hilfe_id, 'fallId', fall_id, 'minuten', minuten)
          order by hilfe_id), '[]')::text from teilnahmen)`
          : sql`'[]'`
      } as teilnahmen
    from neu`;
}

const EINTRAG = eintragSql(false);
const GRUPPENEINTRAG = eintragSql(true);

/**
 * The entry in one transaction of three statements — context, locks, the entry — or `undefined`
 * when a check refused it. The locks are a statement of their own: under READ COMMITTED each
 * statement takes its snapshot when it starts, so the checking statement, started after the locks
 * were granted, sees every entry and close committed before. Locks (the same keys as
 * `pruefeLeistung`, month before person):
 * - the month, shared: a monthly close takes it exclusively, so no entry slips into a month while
 *   it is being closed (the close would not see it, and it would sit unbilled in a closed month);
 * - the person, exclusive: two simultaneous saves of one person cannot both pass the overlap check.
 */
async function eintragInEinerNachricht(k: Kontext, w: LeistungWerte): Promise<LeistungDto | undefined> {
  const e = pruefeEingabe(w);
  const org = k.auth.organisation.id;
  const ich = k.auth.benutzer.id;
  const monat = w.datum.slice(0, 7);
  const id = randomUUID();
  const teil = e.gruppe ? teileMinuten(e.minuten, e.hilfeIds) : [];
  const a = auditZeile(k, {
    aktion: 'anlegen',
    ressource: 'leistungseintrag',
    ressourceId: id,
    felder: Object.keys(w),
  });
  const ergebnisse = await k.db.schreibe(
    txKontext(k.auth),
    [SPERRE_MONAT_UND_PERSON, e.gruppe ? GRUPPENEINTRAG : EINTRAG],
    {
      monatsSchluessel: monatsSchluessel(org, monat),
      personenSchluessel: personenSchluessel(ich),
      ich,
      org,
      monat,
      id,
      datum: w.datum,
      beginn: e.beginn,
      ende: e.ende,
      minuten: e.minuten,
      art: e.art,
      qualifikation: qualifikationDerRolle(k.auth.benutzer.rolle),
      hilfeIds: alsArray(e.hilfeIds),
      anzahlHilfen: e.hilfeIds.length,
      hilfeId: !e.gruppe && e.hilfeIds.length === 1 ? e.hilfeIds[0] : null,
      gruppenangebot: e.gruppenangebot,
      bemerkung: e.bemerkung,
      anteilHilfen: alsArray(teil.map((t) => t.hilfeId)),
      anteilMinuten: alsArray(teil.map((t) => t.minuten)),
      auditOrg: a.organisationId,
      auditBenutzer: a.benutzerId,
      aktion: a.aktion,
      ressource: a.ressource,
      ip: a.ip,
      details: JSON.stringify(a.details),
    },
  );
  const [z] = ergebnisse[1] as (Omit<typeof leistungseintrag.$inferSelect, 'erfasstAm'> & {
    erfasstAm: string;
    teilnahmen: string;
  })[];
  if (!z) return undefined;
  const { teilnahmen, erfasstAm, ...zeile } = z;
  // Text from JSON: the same on both drivers, whatever type parsers they install.
  return leistungDto({ ...zeile, erfasstAm: new Date(JSON.parse(erfasstAm)) }, JSON.parse(teilnahmen));
}

/** The step-by-step path: each check on its own, refusing with the reason. */
async function eintragMitBegruendung(k: Kontext, eingabe: LeistungWerte): Promise<LeistungDto> {
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const { teilnahmen, ...e } = await pruefeLeistung(tx, k, eingabe);
    const id = randomUUID();
    const organisationId = k.auth.organisation.id;
    await tx.insert(leistungseintrag).values({ id, organisationId, benutzerId: k.auth.benutzer.id, ...e });
    if (teilnahmen.length > 0) {
      await tx
        .insert(leistungseintragTeilnahme)
        .values(teilnahmen.map((t) => ({ eintragId: id, organisationId, ...t })));
    }
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'leistungseintrag',
      ressourceId: id,
      felder: Object.keys(eingabe),
    });
    const zeilen = await tx.select().from(leistungseintrag).where(eq(leistungseintrag.id, id));
    return (await alsDtos(tx, zeilen))[0];
  });
}
