import type { Datenbank } from '@hilfewerk/db';
import { sql } from 'drizzle-orm';
import { anonymisiereFall } from './anonymisiere.ts';
import { type AufbewahrungsZeile, ermittleAufbewahrung } from './ermittle.ts';

/** The report of every organisation, as the system: what the job would do on `stichtag`. */
export function pruefeAufbewahrung(db: Datenbank, stichtag: string): Promise<AufbewahrungsZeile[]> {
  return db.withSystemTx((tx) => ermittleAufbewahrung(tx, stichtag));
}

/**
 * `hilfewerk aufbewahrung ausfuehren`: anonymises every due case file, one transaction per case. Each
 * case is looked at again inside its own transaction, so a hold set meanwhile still stops it.
 */
export async function fuehreAufbewahrungAus(
  db: Datenbank,
  stichtag: string,
): Promise<{ fall: AufbewahrungsZeile; zeilen: Record<string, number> }[]> {
  const faellig = (await pruefeAufbewahrung(db, stichtag)).filter((z) => z.faellig);
  const erledigt: { fall: AufbewahrungsZeile; zeilen: Record<string, number> }[] = [];
  for (const kandidat of faellig) {
    const ergebnis = await db.withSystemTx(async (tx) => {
      await tx.execute(sqlSperre(kandidat.fallId));
      const [jetzt] = await ermittleAufbewahrung(tx, stichtag, kandidat.fallId);
      if (!jetzt?.faellig) return null;
      return { fall: jetzt, zeilen: await anonymisiereFall(tx, jetzt) };
    });
    if (ergebnis) erledigt.push(ergebnis);
  }
  return erledigt;
}

/** Locks the case row: a hold set concurrently waits for this transaction, or this one sees it. */
const sqlSperre = (fallId: string) => sql`select 1 from fall where id = ${fallId} for update`;
