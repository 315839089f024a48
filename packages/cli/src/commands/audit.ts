import { DatenordnerBelegt, EingebetteteDatenbankFehler, oeffneDatenbank } from '@hilfewerk/db';
import { type Datenbankzugang, oeffneZugang } from '../datenbank.ts';

const VERWENDUNG = `Verwendung:
  hilfewerk audit pruefen    Hash-Kette des Protokolls prüfen (Exit 0 unverändert, 1 gebrochen)
Datenbank: HILFEWERK_DATA (Standard ./data) oder DATABASE_URL; Hilfewerk darf dabei laufen.`;

/**
 * `hilfewerk audit pruefen`: checks every organisation's audit chain. Exit 0 with the count when it
 * is whole; exit 1 naming the first entry where it breaks; exit 2 on a usage or database problem.
 */
export async function run(args: string[]): Promise<number> {
  if (args.length !== 1 || args[0] !== 'pruefen') {
    process.stderr.write(`${VERWENDUNG}\n`);
    return 2;
  }
  const { pruefeAuditKette } = await import('@hilfewerk/server');
  let zugang: Datenbankzugang | undefined;
  try {
    zugang = await oeffneZugang(process.env, false);
    const db = await oeffneDatenbank({ databaseUrl: zugang.url, poolGroesse: 2 });
    try {
      const r = await pruefeAuditKette(db);
      if (r.ok) {
        process.stdout.write(`Protokoll unverändert: ${r.eintraege} Einträge\n`);
        return 0;
      }
      const b = r.bruch;
      process.stdout.write(
        `Protokoll gebrochen: Eintrag Nr. ${b.nummer} von „${b.organisation}“ ${b.grund}` +
          `${b.id ? ` (Protokoll-ID ${b.id})` : ''}. Davor ${r.eintraege} Einträge unverändert.\n`,
      );
      return 1;
    } finally {
      await db.close();
    }
  } catch (error) {
    if (error instanceof DatenordnerBelegt || error instanceof EingebetteteDatenbankFehler) {
      process.stderr.write(`Fehler: ${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    await zugang?.beenden();
  }
}
