import { type Db, fall, hilfe, loeschsperre, person } from '@hilfewerk/db';
import { type AufbewahrungsErgebnis, aufbewahrungsende, istFaellig } from '@hilfewerk/rules';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';

export interface AufbewahrungsZeile {
  fallId: string;
  organisationId: string;
  aktenzeichen: string;
  ergebnis: AufbewahrungsErgebnis;
  /** Due on the reference day: the period is over and nothing stops the job. */
  faellig: boolean;
  /** A standing legal hold: the job leaves the file alone, whatever the date. */
  sperre: { grund: string; gesetztAm: string } | null;
}

/**
 * The retention status of every case file the transaction reaches, not yet anonymised: under a user's
 * rules (the report) or as the system (the job, all organisations). The rule itself is pure, in
 * packages/rules/aufbewahrung; this only gathers its facts.
 */
export async function ermittleAufbewahrung(
  tx: Db,
  stichtag: string,
  nurFall?: string,
): Promise<AufbewahrungsZeile[]> {
  const faelle = await tx
    .select({ id: fall.id, org: fall.organisationId, az: fall.aktenzeichen, erstelltAm: fall.erstelltAm })
    .from(fall)
    .where(and(isNull(fall.anonymisiertAm), nurFall ? eq(fall.id, nurFall) : undefined))
    .orderBy(asc(fall.aktenzeichen));
  if (faelle.length === 0) return [];
  const ids = faelle.map((f) => f.id);
  const junge = await tx
    .select({ fallId: person.fallId, geburtsdatum: person.geburtsdatum })
    .from(person)
    .where(and(inArray(person.fallId, ids), eq(person.rolle, 'junger_mensch')));
  const hilfen = await tx
    .select({
      fallId: hilfe.fallId,
      rechtsgrundlage: hilfe.rechtsgrundlage,
      beginn: hilfe.beginn,
      ende: hilfe.tatsaechlichesEnde,
    })
    .from(hilfe)
    .where(inArray(hilfe.fallId, ids));
  const sperren = await tx
    .select({ fallId: loeschsperre.fallId, grund: loeschsperre.grund, gesetztAm: loeschsperre.gesetztAm })
    .from(loeschsperre)
    .where(and(inArray(loeschsperre.fallId, ids), isNull(loeschsperre.aufgehobenAm)));
  return faelle.map((f) => {
    const ergebnis = aufbewahrungsende({
      geburtsdatum: junge.find((j) => j.fallId === f.id)?.geburtsdatum ?? null,
      angelegtAm: f.erstelltAm.toISOString().slice(0, 10),
      hilfen: hilfen.filter((h) => h.fallId === f.id),
    });
    const s = sperren.find((x) => x.fallId === f.id);
    const sperre = s ? { grund: s.grund, gesetztAm: s.gesetztAm.toISOString() } : null;
    return {
      fallId: f.id,
      organisationId: f.org,
      aktenzeichen: f.az,
      ergebnis,
      faellig: !sperre && istFaellig(ergebnis, stichtag),
      sperre,
    };
  });
}
