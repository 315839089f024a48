import { benutzer, type Db, fall, hilfe, person, rechnung } from '@hilfewerk/db';
import { eq, inArray } from 'drizzle-orm';

/**
 * A readable name for the record of each audit row: a case's Aktenzeichen (also for its persons and
 * Hilfen — never a client's name, the Protokoll is read far more widely than a case file), an
 * account's name, an invoice's number. Read under the reader's own rules: a record it cannot see, or
 * one that is gone, keeps its id.
 */
export async function datensatzNamen(
  tx: Db,
  zeilen: { ressource: string; ressourceId: string | null }[],
): Promise<Map<string, string>> {
  const ids = (ressourcen: string[]) => [
    ...new Set(
      zeilen
        .filter((z) => z.ressourceId && ressourcen.includes(z.ressource))
        .map((z) => z.ressourceId as string),
    ),
  ];
  const namen = new Map<string, string>();
  const faelle = ids(['fall', 'loeschsperre', 'aufbewahrung']);
  if (faelle.length > 0) {
    for (const f of await tx
      .select({ id: fall.id, n: fall.aktenzeichen })
      .from(fall)
      .where(inArray(fall.id, faelle)))
      namen.set(f.id, `Fall ${f.n}`);
  }
  const personen = ids(['person', 'auskunft']);
  if (personen.length > 0) {
    const rows = await tx
      .select({ id: person.id, n: fall.aktenzeichen, rolle: person.rolle })
      .from(person)
      .innerJoin(fall, eq(fall.id, person.fallId))
      .where(inArray(person.id, personen));
    for (const p of rows) namen.set(p.id, `Person im Fall ${p.n}`);
  }
  const hilfen = ids(['hilfe']);
  if (hilfen.length > 0) {
    const rows = await tx
      .select({ id: hilfe.id, n: fall.aktenzeichen, leistung: hilfe.leistung })
      .from(hilfe)
      .innerJoin(fall, eq(fall.id, hilfe.fallId))
      .where(inArray(hilfe.id, hilfen));
    for (const h of rows) namen.set(h.id, `Hilfe ${h.leistung} im Fall ${h.n}`);
  }
  const konten = ids(['benutzer', 'passwort', 'einstellung']);
  if (konten.length > 0) {
    for (const b of await tx
      .select({ id: benutzer.id, n: benutzer.name })
      .from(benutzer)
      .where(inArray(benutzer.id, konten)))
      namen.set(b.id, b.n);
  }
  const rechnungen = ids(['rechnung', 'gutschrift']);
  if (rechnungen.length > 0) {
    for (const r of await tx
      .select({ id: rechnung.id, n: rechnung.nummer })
      .from(rechnung)
      .where(inArray(rechnung.id, rechnungen)))
      namen.set(r.id, `Rechnung ${r.n}`);
  }
  return namen;
}
