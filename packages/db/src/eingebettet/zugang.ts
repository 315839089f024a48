import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EingebetteteDatenbankFehler } from './fehler.ts';

/** The generated login of the embedded server, kept readable by its owner only. */
export interface Zugang {
  benutzer: string;
  passwort: string;
}

export const ZUGANG_DATEI = 'zugang.json';

export async function leseZugang(ordner: string): Promise<Zugang | undefined> {
  try {
    const z = JSON.parse(await readFile(join(ordner, ZUGANG_DATEI), 'utf8')) as Zugang;
    if (typeof z.benutzer === 'string' && typeof z.passwort === 'string') return z;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
  }
  throw new EingebetteteDatenbankFehler(
    `Die Zugangsdatei ${join(ordner, ZUGANG_DATEI)} ist beschädigt. Ohne sie lässt sich die Datenbank nicht öffnen; ` +
      'bitte aus einer Sicherung des Datenordners wiederherstellen.',
  );
}

export async function erzeugeZugang(ordner: string): Promise<Zugang> {
  const zugang = { benutzer: 'hilfewerk', passwort: randomBytes(24).toString('base64url') };
  // 'wx': an existing file is never replaced — its password is the only key to the cluster.
  await writeFile(join(ordner, ZUGANG_DATEI), `${JSON.stringify(zugang)}\n`, { mode: 0o600, flag: 'wx' });
  return zugang;
}

/** The connection URL of the embedded server on loopback, with the generated login. */
export function zugangsUrl(zugang: Zugang, port: number, datenbank = 'postgres'): string {
  return `postgres://${encodeURIComponent(zugang.benutzer)}:${encodeURIComponent(zugang.passwort)}@127.0.0.1:${port}/${datenbank}`;
}
