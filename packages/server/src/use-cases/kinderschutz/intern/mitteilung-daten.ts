import { type Db, fall, hilfe, type kinderschutzschritt, organisation, person } from '@hilfewerk/db';
import { SCHRITT_TITEL } from '@hilfewerk/rules';
import { and, desc, eq } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import type { Mitteilung } from '../../../dokumente/kinderschutz-mitteilung-pdf.ts';

type Schritt = Pick<typeof kinderschutzschritt.$inferSelect, 'art' | 'datum' | 'inhalt'>;

/**
 * The § 8a notification as a letter: who is concerned (with names and birth dates — the Jugendamt must know
 * whom it is about), what was observed and done, and the procedure so far. Read by the case team; the same
 * data goes into the Jugendamt's Posteingang as the letter it receives.
 */
export async function mitteilungDaten(
  tx: Db,
  k: Pick<Kontext, 'auth'>,
  v: { organisationId: string; fallId: string; anhaltspunkte: string; begonnenAm: string },
  schritte: readonly Schritt[],
  mitteilung: Schritt,
): Promise<Mitteilung> {
  const org = v.organisationId;
  const [f] = await tx
    .select()
    .from(fall)
    .where(and(eq(fall.organisationId, org), eq(fall.id, v.fallId)));
  const [h] = await tx
    .select({ az: hilfe.aktenzeichenJugendamt, jugendamt: organisation.name })
    .from(hilfe)
    .innerJoin(organisation, eq(organisation.id, hilfe.jugendamtId))
    .where(and(eq(hilfe.organisationId, org), eq(hilfe.fallId, v.fallId)))
    .orderBy(desc(hilfe.beginn))
    .limit(1);
  const personen = await tx
    .select()
    .from(person)
    .where(and(eq(person.organisationId, org), eq(person.fallId, v.fallId)));
  const i = mitteilung.inhalt as Record<string, string | boolean>;
  return {
    traeger: k.auth.organisation.name,
    jugendamt: h?.jugendamt ?? null,
    datum: mitteilung.datum,
    aktenzeichen: f.aktenzeichen,
    aktenzeichenJugendamt: h?.az ?? null,
    personen: personen.map((p) => ({
      rolle: p.rolle,
      name: `${p.vorname} ${p.nachname}`,
      geburtsdatum: p.geburtsdatum,
    })),
    anhaltspunkte: v.anhaltspunkte,
    begonnenAm: v.begonnenAm,
    gefaehrdung: String(i.gefaehrdung),
    bisherigeMassnahmen: String(i.bisherigeMassnahmen),
    begruendung: String(i.begruendung),
    sorgeberechtigteInformiert: i.sorgeberechtigteInformiert === true,
    ansprechperson: String(i.ansprechperson),
    verlauf: schritte.map((s) => ({ titel: SCHRITT_TITEL[s.art], datum: s.datum })),
  };
}
