import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EingebetteteDatenbankFehler } from './fehler.ts';
import { prozessLaeuft } from './prozess.ts';
import { CLUSTER_ORDNER, type EinbettungsOptionen, starteEingebettet } from './server.ts';
import { leseZugang, zugangsUrl } from './zugang.ts';

export interface DatenordnerVerbindung {
  /** `postgres://…` of the database `postgres` on the folder's server. */
  url: string;
  /** True when a running Hilfewerk's server was used; false when this call started one. */
  laufend: boolean;
  /** Stops the server if this call started it. */
  beenden(): Promise<void>;
}

/**
 * Reaches the database of a data folder whether Hilfewerk is running on it or not: a running
 * server is used as it is (its port is in postmaster.pid); otherwise the server is started for the
 * caller and stopped by `beenden()`. The caller holds the folder's lock in the second case.
 */
export async function verbindeMitDatenordner(
  ordnerEingabe: string,
  opt: EinbettungsOptionen & { laufendErlaubt: boolean },
): Promise<DatenordnerVerbindung> {
  const ordner = resolve(ordnerEingabe);
  const pidDatei = await readFile(join(ordner, CLUSTER_ORDNER, 'postmaster.pid'), 'utf8').catch(
    () => undefined,
  );
  const [pid, , , port] = pidDatei?.split('\n') ?? [];
  if (pidDatei && prozessLaeuft(Number(pid))) {
    if (!opt.laufendErlaubt) {
      throw new EingebetteteDatenbankFehler(
        `Auf dem Datenordner ${ordner} läuft Hilfewerk. Bitte zuerst beenden.`,
      );
    }
    const zugang = await leseZugang(ordner);
    if (!zugang)
      throw new EingebetteteDatenbankFehler(`Im Datenordner ${ordner} fehlt die Zugangsdatei zugang.json.`);
    return {
      url: zugangsUrl(zugang, Number(port)),
      laufend: true,
      beenden: async () => {},
    };
  }
  const server = await starteEingebettet(ordner, opt);
  return { url: server.url(), laufend: false, beenden: () => server.stop() };
}
