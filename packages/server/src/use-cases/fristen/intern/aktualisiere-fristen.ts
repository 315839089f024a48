import { type Db, type EREIGNIS_ARTEN, ereignis, frist, hilfe, hilfeplanTermin, person } from '@hilfewerk/db';
import { type Anwendungsfrist, fristenkataloge, leiteFristenAb } from '@hilfewerk/rules';
import { plusTage } from '@hilfewerk/rules/tag';
import { and, asc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { heute as heuteInBerlin } from './heute.ts';

type EreignisArt = (typeof EREIGNIS_ARTEN)[number];
type EreignisZeile = typeof ereignis.$inferSelect;

/**
 * Recorded events that deadline rules count from, by the catalogue's event name. A planned HPG or
 * Abschlussgespräch is one appointment even when it is moved: see {@link termine}.
 */
const AUSLOESER: Partial<Record<EreignisArt, string>> = {
  hpg_geplant: 'hpg',
  abschlussgespraech_geplant: 'abschlussgespraech',
  krise: 'krise',
  abstimmungsbedarf: 'abstimmungsbedarf',
};

/** Events that meet a deadline when they are recorded: the event kind → the rules it can meet. */
export const ERLEDIGT_DURCH: Partial<Record<EreignisArt, readonly string[]>> = {
  handlungsplan_gesendet: ['handlungsplan'],
  bericht_gesendet: ['bericht-vor-hpg', 'bericht-halbjahr'],
  hpg_gehalten: ['hpg-ersthilfeplan'],
  kontakt_sorgeberechtigte: ['kontakt-sorgeberechtigte'],
};

/** The events of an appointment kind that replace an earlier date (moved) rather than add an appointment. */
const TERMINARTEN = new Set<EreignisArt>(['hpg_geplant', 'abschlussgespraech_geplant']);

interface Ausloeser {
  /** Instance key of the deadlines it triggers (see `frist.schluessel`). */
  schluessel: string;
  ereignis: EreignisZeile;
  /** An HPG date the Jugendamt set in the Hilfeplan (no event row: the deadline names no event). */
  ausHilfeplan?: true;
}

/**
 * Which recorded events trigger deadlines, and under which key. Per-event kinds (Krise, Abstimmungsbedarf) key
 * by the event. Appointments key by the first plan: a plan recorded while the previous date had not yet come
 * is that appointment moved, so its deadline row is updated in place (and an already sent report stays
 * recorded); a plan recorded after the previous date is a new appointment.
 */
export function termine(ereignisse: readonly EreignisZeile[]): Ausloeser[] {
  const ergebnis: Ausloeser[] = [];
  const offen = new Map<EreignisArt, Ausloeser>();
  const sortiert = [...ereignisse].sort(
    (a, b) => a.erfasstAm.getTime() - b.erfasstAm.getTime() || (a.id < b.id ? -1 : 1),
  );
  for (const e of sortiert) {
    if (!AUSLOESER[e.art]) continue;
    if (!TERMINARTEN.has(e.art)) {
      ergebnis.push({ schluessel: e.id, ereignis: e });
      continue;
    }
    const vorher = offen.get(e.art);
    if (vorher && vorher.ereignis.datum >= heuteInBerlin(e.erfasstAm)) {
      vorher.ereignis = e;
      continue;
    }
    const neu = { schluessel: e.id, ereignis: e };
    offen.set(e.art, neu);
    ergebnis.push(neu);
  }
  return ergebnis;
}

function regelArt(leistung: string, regel: string): string | undefined {
  const katalog = fristenkataloge().get(leistung);
  return [...(katalog?.regeln ?? []), ...(katalog?.anwendungsregeln ?? [])].find((r) => r.id === regel)?.art;
}

/** A deadline as it is to be stored. */
export interface AbgeleiteteFrist {
  regel: string;
  schluessel: string;
  bezeichnung: string;
  faellig: string | null;
  kurzfristig: boolean;
  ereignisId: string | null;
}

/**
 * Gives each derived deadline its instance key: '' for once-per-Hilfe rules; the triggering appointment or
 * event; for recurring rules the month (`monatlich`) or the period number (`alle-n-monate`).
 */
export function verschluessele(
  leistung: string,
  fristen: readonly Anwendungsfrist[],
  ausloeser: readonly Ausloeser[],
): AbgeleiteteFrist[] {
  const nachEreignis = new Map<string, Ausloeser>();
  for (const a of ausloeser) {
    const art = AUSLOESER[a.ereignis.art] as string;
    const k = `${art}|${a.ereignis.datum}`;
    if (!nachEreignis.has(k)) nachEreignis.set(k, a);
  }
  const zaehler = new Map<string, number>();
  const ergebnis = new Map<string, AbgeleiteteFrist>();
  for (const f of fristen) {
    const a = nachEreignis.get(`${f.ausgeloestDurch}|${f.ereignisDatum}`);
    const basis = a?.schluessel ?? '';
    const art = regelArt(leistung, f.regel);
    let schluessel = basis;
    if (art === 'monatlich' && f.faellig)
      schluessel = [basis, f.faellig.slice(0, 7)].filter(Boolean).join('#');
    if (art === 'alle-n-monate') {
      const n = (zaehler.get(`${f.regel}|${basis}`) ?? 0) + 1;
      zaehler.set(`${f.regel}|${basis}`, n);
      schluessel = [basis, String(n)].filter(Boolean).join('#');
    }
    // Two events of the same kind on the same day give the same deadline once.
    const id = `${f.regel}|${schluessel}`;
    if (ergebnis.has(id)) continue;
    ergebnis.set(id, {
      regel: f.regel,
      schluessel,
      bezeichnung: f.titel,
      faellig: f.faellig,
      kurzfristig: f.hinweis === 'kurzfristig',
      ereignisId: a && !a.ausHilfeplan ? a.ereignis.id : null,
    });
  }
  return [...ergebnis.values()];
}

/** Events of a Hilfe: its own, and the case's events without a Hilfe when the case has only this one. */
async function ereignisseDerHilfe(tx: Db, h: typeof hilfe.$inferSelect): Promise<EreignisZeile[]> {
  const hilfen = await tx.select({ id: hilfe.id }).from(hilfe).where(eq(hilfe.fallId, h.fallId));
  const zuDieser =
    hilfen.length === 1
      ? or(eq(ereignis.hilfeId, h.id), isNull(ereignis.hilfeId))
      : eq(ereignis.hilfeId, h.id);
  return tx
    .select()
    .from(ereignis)
    .where(
      and(
        eq(ereignis.fallId, h.fallId),
        zuDieser,
        inArray(ereignis.art, Object.keys(AUSLOESER) as EreignisArt[]),
      ),
    )
    .orderBy(asc(ereignis.erfasstAm));
}

/**
 * The HPG and closing-conversation dates the granting Jugendamt set in the Hilfeplan (not cancelled ones), as
 * triggers like a recorded plan: the Jugendamt's date drives the provider's report deadlines. A date moved by
 * the Jugendamt is the same appointment (keyed by its row), so its deadline moves with it.
 */
async function hilfeplanTermine(tx: Db, h: typeof hilfe.$inferSelect): Promise<Ausloeser[]> {
  const zeilen = await tx
    .select()
    .from(hilfeplanTermin)
    .where(and(eq(hilfeplanTermin.hilfeId, h.id), ne(hilfeplanTermin.status, 'abgesagt')));
  return zeilen.map((t) => ({
    schluessel: `hilfeplan:${t.id}`,
    ausHilfeplan: true,
    ereignis: {
      id: t.id,
      organisationId: t.organisationId,
      fallId: t.fallId,
      hilfeId: t.hilfeId,
      art: t.art === 'hpg' ? 'hpg_geplant' : 'abschlussgespraech_geplant',
      datum: t.datum,
      bekanntSeit: t.bekanntSeit,
      notiz: null,
      erfasstVon: t.erstelltVon,
      erfasstAm: t.erstelltAm,
      version: t.version,
    },
  }));
}

/**
 * Derives the deadlines of one Hilfe from its current facts and stores them, inside the caller's transaction
 * (so a changed Hilfe or a new event and its deadlines commit together). Re-deriving upserts by
 * (hilfe, regel, schluessel): unchanged facts change nothing, an `erledigt` deadline stays erledigt (its due
 * date follows the facts), and deadlines the facts no longer give — or that fall after the actual end of an
 * ended Hilfe — become `entfallen`. `ueberfaellig` is never stored: it is computed when read (fristStatus),
 * so it needs no nightly job and is always true to today.
 *
 * Without a planned end, recurring deadlines run 18 months ahead of today (or of the latest event).
 */
export async function aktualisiereFristen(tx: Db, hilfeId: string, heute = heuteInBerlin()): Promise<void> {
  const [h] = await tx.select().from(hilfe).where(eq(hilfe.id, hilfeId));
  if (!h || !fristenkataloge().has(h.leistung)) return;
  const ereignisse = await ereignisseDerHilfe(tx, h);
  const ausloeser = [...termine(ereignisse), ...(await hilfeplanTermine(tx, h))];
  const [jung] = await tx
    .select({ geburtsdatum: person.geburtsdatum })
    .from(person)
    .where(and(eq(person.fallId, h.fallId), eq(person.rolle, 'junger_mensch')))
    .orderBy(asc(person.geburtsdatum))
    .limit(1);

  const spaetestes = ausloeser.reduce((max, a) => (a.ereignis.datum > max ? a.ereignis.datum : max), heute);
  const bis = h.geplantesEnde
    ? [h.geplantesEnde, plusTage(spaetestes, 62)].sort()[1]
    : plusTage(spaetestes, 548);
  const abgeleitet: Anwendungsfrist[] = leiteFristenAb({
    leistung: h.leistung,
    variante: h.variante,
    hilfebeginn: h.beginn,
    geplantesEnde: h.geplantesEnde,
    ausnahmeBegruendung: h.ausnahmeBegruendung,
    // The engine decides minority per due date from the birth date. Unknown birth date: the contacts owed to
    // minors stay listed — a child-protection contact is never dropped for a missing record.
    ...(jung?.geburtsdatum && jung.geburtsdatum <= h.beginn
      ? { geburtsdatum: jung.geburtsdatum }
      : { minderjaehrig: true }),
    ereignisse: ausloeser.map((a) => ({
      art: AUSLOESER[a.ereignis.art],
      datum: a.ereignis.datum,
      bekanntSeit: a.ereignis.bekanntSeit,
    })),
    bis,
  }).fristen;
  const neu = verschluessele(h.leistung, abgeleitet, ausloeser);
  const ende = h.tatsaechlichesEnde;
  const entfaellt = (faellig: string | null) => ende !== null && (faellig === null || faellig > ende);

  if (neu.length > 0) {
    await tx
      .insert(frist)
      .values(
        neu.map((f) => ({
          organisationId: h.organisationId,
          fallId: h.fallId,
          hilfeId: h.id,
          regel: f.regel,
          schluessel: f.schluessel,
          ereignisId: f.ereignisId,
          bezeichnung: f.bezeichnung,
          faellig: f.faellig,
          kurzfristig: f.kurzfristig,
          status: entfaellt(f.faellig) ? ('entfallen' as const) : ('offen' as const),
        })),
      )
      .onConflictDoUpdate({
        target: [frist.hilfeId, frist.regel, frist.schluessel, frist.organisationId],
        set: {
          ereignisId: sql`excluded.ereignis_id`,
          bezeichnung: sql`excluded.bezeichnung`,
          faellig: sql`excluded.faellig`,
          kurzfristig: sql`excluded.kurzfristig`,
          status: sql`case when ${frist.status} = 'erledigt' then 'erledigt' else excluded.status end`,
          geaendertAm: sql`now()`,
        },
      });
  }
  const gueltig = new Set(neu.map((f) => `${f.regel}|${f.schluessel}`));
  const offen = await tx
    .select({ id: frist.id, regel: frist.regel, schluessel: frist.schluessel })
    .from(frist)
    .where(and(eq(frist.hilfeId, h.id), eq(frist.status, 'offen')));
  const veraltet = offen.filter((f) => !gueltig.has(`${f.regel}|${f.schluessel}`)).map((f) => f.id);
  if (veraltet.length > 0) {
    await tx
      .update(frist)
      .set({ status: 'entfallen', geaendertAm: sql`now()` })
      .where(inArray(frist.id, veraltet));
  }
}

/** Re-derives every Hilfe of a case (an event without a Hilfe, or a changed birth date). */
export async function aktualisiereFristenDesFalls(tx: Db, fallId: string, heute?: string): Promise<void> {
  const hilfen = await tx.select({ id: hilfe.id }).from(hilfe).where(eq(hilfe.fallId, fallId));
  for (const h of hilfen) await aktualisiereFristen(tx, h.id, heute);
}
