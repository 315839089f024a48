import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  CLUSTER_ORDNER,
  DatenordnerBelegt,
  EingebetteteDatenbankFehler,
  sperreDatenordner,
  verbindeMitDatenordner,
} from '@hilfewerk/db';

export interface Datenbankzugang {
  url: string;
  beenden(): Promise<void>;
}

/**
 * The database a command works on: DATABASE_URL, or the embedded one of HILFEWERK_DATA — a running
 * Hilfewerk's server as it is, or started for the command (the folder's lock held meanwhile).
 * @param anlegen whether a fresh folder may be created (set-up before the first start); otherwise a
 *   folder without a database is refused with a German message
 */
export async function oeffneZugang(env: NodeJS.ProcessEnv, anlegen: boolean): Promise<Datenbankzugang> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, beenden: async () => {} };
  const ordner = resolve(env.HILFEWERK_DATA ?? './data');
  if (!anlegen && !existsSync(join(ordner, CLUSTER_ORDNER, 'PG_VERSION'))) {
    throw new EingebetteteDatenbankFehler(
      `Im Datenordner ${ordner} gibt es keine Hilfewerk-Datenbank. Bitte HILFEWERK_DATA auf den Ordner setzen, ` +
        'in dem Hilfewerk seine Daten hält, oder DATABASE_URL angeben.',
    );
  }
  let freigeben: (() => void) | undefined;
  try {
    freigeben = sperreDatenordner(ordner);
  } catch (error) {
    // A running Hilfewerk holds the lock: the command uses its server.
    if (!(error instanceof DatenordnerBelegt)) throw error;
  }
  try {
    const v = await verbindeMitDatenordner(ordner, { laufendErlaubt: true });
    return {
      url: v.url,
      beenden: async () => {
        await v.beenden();
        freigeben?.();
      },
    };
  } catch (error) {
    freigeben?.();
    throw error;
  }
}
