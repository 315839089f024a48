import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { SicherungsFehler } from './fehler.ts';
import {
  ABSCHNITT_ENDE,
  beschaedigt,
  FORMAT_VERSION,
  type Kopf,
  leseKopf,
  MAGIE,
  PRUEFSUMMEN_ZEILE,
  TABELLEN_ZEILE,
} from './format.ts';

const ZEILENENDE = 0x0a;
const BACKSLASH = 0x5c;
const PUNKT = 0x2e;
const MAX_KOPF = 16 * 1024 * 1024;

function keineSicherung(datei: string, warum: string): SicherungsFehler {
  return new SicherungsFehler(
    'keine-sicherung',
    `Die Datei „${datei}“ ist keine Hilfewerk-Sicherung (${warum}). Bitte geben Sie eine Datei an, die „hilfewerk sicherung erstellen“ geschrieben hat.`,
  );
}

async function oeffneDatei(datei: string): Promise<FileHandle> {
  let fh: FileHandle;
  try {
    fh = await open(datei, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new SicherungsFehler(
        'datei-fehlt',
        `Die Datei „${datei}“ gibt es nicht. Bitte prüfen Sie den Pfad.`,
      );
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new SicherungsFehler(
        'datei-fehlt',
        `Die Datei „${datei}“ lässt sich nicht lesen: Es fehlen die Leserechte. Bitte starten Sie Hilfewerk mit einem Benutzer, der sie lesen darf.`,
      );
    }
    throw error;
  }
  if (!(await fh.stat()).isFile()) {
    await fh.close();
    throw keineSicherung(datei, 'das ist keine gewöhnliche Datei, sondern z. B. ein Verzeichnis');
  }
  return fh;
}

/**
 * Reads a backup file front to back while it decompresses, keeping a SHA-256 of every byte it
 * consumes. A table's rows are handed on in the chunks they arrive in, never held whole in memory.
 */
export class SicherungsLeser {
  private puffer: Buffer = Buffer.alloc(0);
  private pos = 0;
  private readonly hash = createHash('sha256');
  private formatErkannt = false;
  /** Rows of the table being read, so far. */
  zeilenImAbschnitt = 0;

  private constructor(
    private readonly datei: string,
    private readonly quelle: AsyncIterator<Buffer>,
    readonly schliesse: () => void,
  ) {}

  static async oeffne(datei: string): Promise<SicherungsLeser> {
    const fh = await oeffneDatei(datei);
    const roh = fh.createReadStream();
    const entpackt = createGunzip();
    // Errors of either stream end up in the iteration over `entpackt`, where nachladen() names them.
    pipeline(roh, entpackt, () => undefined);
    return SicherungsLeser.aus(datei, entpackt, () => {
      entpackt.destroy();
      roh.destroy();
    });
  }

  /** Reads already decompressed content; `datei` only names it in messages. */
  static aus(datei: string, inhalt: AsyncIterable<Buffer>, schliesse: () => void = () => undefined) {
    return new SicherungsLeser(datei, inhalt[Symbol.asyncIterator](), schliesse);
  }

  /** Reads the magic line and the Kopf. */
  async leseAnfang(): Promise<Kopf> {
    const magie = await this.zeile(64).catch((error) => {
      if (error instanceof SicherungsFehler && error.grund === 'beschaedigt') {
        throw keineSicherung(this.datei, 'die Kennung am Anfang fehlt');
      }
      throw error;
    });
    if (magie === null || !magie.startsWith(`${MAGIE} `)) {
      throw keineSicherung(this.datei, 'die Kennung am Anfang fehlt');
    }
    const version = Number(magie.slice(MAGIE.length + 1));
    if (!Number.isSafeInteger(version) || version < 1)
      throw keineSicherung(this.datei, 'unbekannte Formatangabe');
    if (version > FORMAT_VERSION) {
      throw new SicherungsFehler(
        'neuere-version',
        `Die Sicherung stammt von einer neueren Hilfewerk-Version: Sie hat das Dateiformat ${version}, diese Version kennt nur Format ${FORMAT_VERSION}. Bitte spielen Sie sie mit einer aktuellen Hilfewerk-Version ein.`,
      );
    }
    this.formatErkannt = true;
    const kopf = await this.zeile(MAX_KOPF);
    if (kopf === null) throw beschaedigt('nach der Kennung endet die Datei');
    return leseKopf(kopf);
  }

  /** The rows of `tabelle`, chunk by chunk, up to the line that ends them. */
  async *abschnitt(tabelle: string): AsyncGenerator<Buffer> {
    if ((await this.zeile(1024)) !== TABELLEN_ZEILE + tabelle) {
      throw beschaedigt(`der Abschnitt der Tabelle ${tabelle} fehlt an seinem Platz`);
    }
    this.zeilenImAbschnitt = 0;
    let zeilenAnfang = true;
    for (;;) {
      const p = this.puffer;
      const anfang = this.pos;
      let i = anfang;
      let ende = -1;
      while (i < p.length) {
        if (zeilenAnfang && p[i] === BACKSLASH) {
          // Fewer than three bytes left might be the start of "\.\n": decide with the next chunk.
          if (p.length - i < 3) break;
          if (p[i + 1] === PUNKT && p[i + 2] === ZEILENENDE) {
            ende = i;
            break;
          }
        }
        const n = p.indexOf(ZEILENENDE, i);
        if (n < 0) {
          zeilenAnfang = false;
          i = p.length;
          break;
        }
        this.zeilenImAbschnitt++;
        zeilenAnfang = true;
        i = n + 1;
      }
      if (i > anfang) {
        const teil = p.subarray(anfang, i);
        this.hash.update(teil);
        this.pos = i;
        yield teil;
      }
      if (ende >= 0) {
        this.hash.update(p.subarray(ende, ende + ABSCHNITT_ENDE.length + 1));
        this.pos = ende + ABSCHNITT_ENDE.length + 1;
        return;
      }
      if (!(await this.nachladen())) throw beschaedigt(`die Zeilen der Tabelle ${tabelle} brechen ab`);
    }
  }

  /** Compares the checksum line with what was read, and requires the file to end after it. */
  async pruefeEnde(): Promise<void> {
    const erwartet = this.hash.copy().digest('hex');
    const zeile = await this.zeile(256);
    if (zeile === null || !zeile.startsWith(PRUEFSUMMEN_ZEILE))
      throw beschaedigt('die Prüfsumme am Ende fehlt');
    if (zeile.slice(PRUEFSUMMEN_ZEILE.length) !== erwartet) {
      throw beschaedigt('die Prüfsumme passt nicht zum Inhalt, die Datei wurde verändert');
    }
    if (this.pos < this.puffer.length || (await this.nachladen())) {
      throw beschaedigt('nach der Prüfsumme folgen weitere Daten');
    }
  }

  /** The next line without its line end; null at the end of the data. */
  private async zeile(max: number): Promise<string | null> {
    for (;;) {
      const n = this.puffer.indexOf(ZEILENENDE, this.pos);
      if (n >= 0 && n - this.pos <= max) {
        const zeile = this.puffer.subarray(this.pos, n);
        this.hash.update(this.puffer.subarray(this.pos, n + 1));
        this.pos = n + 1;
        return zeile.toString('utf8');
      }
      if (this.puffer.length - this.pos > max) throw beschaedigt('eine Zeile ist unerwartet lang');
      if (!(await this.nachladen())) {
        if (this.pos < this.puffer.length) throw beschaedigt('die letzte Zeile ist unvollständig');
        return null;
      }
    }
  }

  private async nachladen(): Promise<boolean> {
    let naechstes: IteratorResult<Buffer>;
    try {
      naechstes = await this.quelle.next();
    } catch (error) {
      const grund = (error as Error).message;
      if (!this.formatErkannt) throw keineSicherung(this.datei, `kein gzip-Inhalt: ${grund}`);
      throw new SicherungsFehler(
        'beschaedigt',
        `Die Sicherungsdatei ist beschädigt: Sie ist unvollständig oder verfälscht (${grund}). Sie wird nicht eingespielt. Bitte verwenden Sie eine andere Sicherung.`,
        { cause: error },
      );
    }
    if (naechstes.done) return false;
    this.puffer =
      this.pos < this.puffer.length
        ? Buffer.concat([this.puffer.subarray(this.pos), naechstes.value])
        : naechstes.value;
    this.pos = 0;
    return true;
  }
}
