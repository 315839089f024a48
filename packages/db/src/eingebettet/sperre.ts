import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prozessLaeuft } from './prozess.ts';

const DATEI = 'hilfewerk.lock';

export class DatenordnerBelegt extends Error {}

/**
 * Claims the data folder for this process. A second Hilfewerk on the same folder is refused with a
 * clear message (PostgreSQL's own refusal would be cryptic), and the holder of the lock knows that a
 * database server still running on the folder was left by a killed predecessor. A lock left by a
 * process that no longer runs is taken over.
 * @returns a function that releases the lock
 */
export function sperreDatenordner(dir: string): () => void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pfad = join(dir, DATEI);
  for (let versuch = 0; versuch < 2; versuch++) {
    try {
      writeFileSync(pfad, String(process.pid), { flag: 'wx', mode: 0o600 });
      return () => {
        try {
          if (readFileSync(pfad, 'utf8').trim() === String(process.pid)) rmSync(pfad);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(readFileSync(pfad, 'utf8').trim(), 10);
      if (Number.isInteger(pid) && pid !== process.pid && prozessLaeuft(pid)) {
        throw new DatenordnerBelegt(
          `Der Datenordner ${dir} wird bereits von einem laufenden Hilfewerk verwendet (Prozess ${pid}). ` +
            'Beenden Sie diesen Prozess oder wählen Sie mit HILFEWERK_DATA einen anderen Ordner.',
        );
      }
      rmSync(pfad, { force: true });
    }
  }
  throw new DatenordnerBelegt(`Der Datenordner ${dir} konnte nicht gesperrt werden.`);
}
