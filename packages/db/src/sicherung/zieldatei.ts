import { constants } from 'node:fs';
import { access, type FileHandle, link, open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SicherungsFehler } from './fehler.ts';

function vorhanden(datei: string): SicherungsFehler {
  return new SicherungsFehler(
    'datei-vorhanden',
    `Die Datei „${datei}“ gibt es schon; eine Sicherung überschreibt keine vorhandene Datei. Bitte wählen Sie einen neuen Dateinamen oder verschieben Sie die alte Datei.`,
  );
}

async function gibtEs(datei: string): Promise<boolean> {
  try {
    await access(datei, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The file a backup is written to: first `DATEI.tmp`, created exclusively and readable by its owner
 * only (it holds social data); `DATEI` appears only when everything is written and on disk.
 */
export class Zieldatei {
  private constructor(
    readonly datei: string,
    readonly tmp: string,
    private readonly handle: FileHandle,
  ) {}

  static async anlegen(datei: string): Promise<Zieldatei> {
    if (await gibtEs(datei)) throw vorhanden(datei);
    const tmp = `${datei}.tmp`;
    try {
      // 'wx': fails if the file exists, so two backups never write into each other.
      return new Zieldatei(datei, tmp, await open(tmp, 'wx', 0o600));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') {
        throw new SicherungsFehler(
          'datei-vorhanden',
          `Die Datei „${tmp}“ gibt es schon – vermutlich von einer abgebrochenen Sicherung oder einer, die gerade läuft. Bitte löschen Sie sie, wenn keine Sicherung mehr läuft, und versuchen Sie es erneut.`,
        );
      }
      if (code === 'ENOENT') {
        throw new SicherungsFehler(
          'datei-fehlt',
          `Den Ordner „${dirname(datei)}“ gibt es nicht. Bitte legen Sie ihn an oder wählen Sie einen anderen Pfad.`,
        );
      }
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
        throw new SicherungsFehler(
          'datei-fehlt',
          `In den Ordner „${dirname(datei)}“ darf Hilfewerk nicht schreiben. Bitte wählen Sie einen Ordner, in dem Sie Schreibrechte haben.`,
        );
      }
      throw error;
    }
  }

  /** The stream to write the content into; it closes the file when it ends. */
  schreibstrom() {
    return this.handle.createWriteStream();
  }

  /**
   * Puts the written file in place. A hard link never replaces a file that appeared meanwhile;
   * where the file system has none, a rename after one more look does nearly as well.
   * @returns the size of the file in bytes
   */
  async abschliessen(): Promise<number> {
    // The write stream has closed its handle; any handle on the file flushes it to disk.
    const fh = await open(this.tmp, 'r+');
    const { size } = await fh.stat();
    await fh.sync().finally(() => fh.close());
    try {
      await link(this.tmp, this.datei);
      await unlink(this.tmp);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' || (await gibtEs(this.datei))) {
        await unlink(this.tmp);
        throw vorhanden(this.datei);
      }
      await rename(this.tmp, this.datei);
    }
    await this.ordnerSichern();
    return size;
  }

  async verwerfen(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await unlink(this.tmp).catch(() => undefined);
  }

  /** The new directory entry reaches the disk too, not only the file's content. */
  private async ordnerSichern(): Promise<void> {
    try {
      const ordner = await open(dirname(this.datei), 'r');
      await ordner.sync().finally(() => ordner.close());
    } catch {
      // Some file systems cannot sync a directory; the file itself is already on disk.
    }
  }
}
