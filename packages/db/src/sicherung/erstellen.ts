import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { SicherungsFehler } from './fehler.ts';
import {
  ABSCHNITT_ENDE,
  FORMAT_VERSION,
  type Kopf,
  MAGIE,
  PRUEFSUMMEN_ZEILE,
  TABELLEN_ZEILE,
} from './format.ts';
import { type Fortschritt, fortschrittsMelder } from './fortschritt.ts';
import { oeffneSchnappschuss } from './schnappschuss.ts';
import { bezeichner, inPublic, type Verbindung, verbinde } from './verbindung.ts';
import { Zieldatei } from './zieldatei.ts';

export interface SicherungsErgebnis {
  tabellen: number;
  zeilen: number;
  /** Size of the (compressed) file. */
  bytes: number;
}

function zaehleZeilen(teil: Buffer): number {
  let n = 0;
  for (let i = teil.indexOf(0x0a); i >= 0; i = teil.indexOf(0x0a, i + 1)) n++;
  return n;
}

/** The file's uncompressed content, produced as it is read from the database. */
async function* inhalt(
  client: pg.Client,
  kopf: Kopf,
  fortschritt: Fortschritt | undefined,
): AsyncGenerator<Buffer> {
  const hash = createHash('sha256');
  const text = (s: string) => {
    const b = Buffer.from(s, 'utf8');
    hash.update(b);
    return b;
  };
  const melder = fortschrittsMelder(
    kopf.tabellen.reduce((s, t) => s + t.zeilen, 0),
    fortschritt,
  );
  yield text(`${MAGIE} ${FORMAT_VERSION}\n${JSON.stringify(kopf)}\n`);
  for (const t of kopf.tabellen) {
    yield text(`${TABELLEN_ZEILE}${t.name}\n`);
    const spalten = t.spalten.map(bezeichner).join(', ');
    const strom = client.query(copyTo(`COPY ${inPublic(t.name)} (${spalten}) TO STDOUT`));
    let zeilen = 0;
    for await (const teil of strom as AsyncIterable<Buffer>) {
      hash.update(teil);
      zeilen += zaehleZeilen(teil);
      yield teil;
      await melder.unterwegs(t.name, zeilen);
    }
    // Counted and copied in the same snapshot: a difference would be a defect, never a race.
    if (zeilen !== t.zeilen) {
      throw new Error(`Sicherung: Tabelle ${t.name} lieferte ${zeilen} statt ${t.zeilen} Zeilen.`);
    }
    yield text(`${ABSCHNITT_ENDE}\n`);
    await melder.fertig(t.name, zeilen);
  }
  yield Buffer.from(`${PRUEFSUMMEN_ZEILE}${hash.digest('hex')}\n`);
}

/**
 * Writes a consistent backup of the Hilfewerk database to `datei`: every table of the public schema
 * as it stood at one moment, while the application may keep writing. See docs/sicherung.md.
 * @throws SicherungsFehler when `datei` (or `datei.tmp`) exists, its folder is not writable, the
 *   database is not a Hilfewerk database, or the database user cannot see every row
 */
export async function erstelleSicherung(
  verbindung: Verbindung,
  datei: string,
  optionen: { fortschritt?: Fortschritt } = {},
): Promise<SicherungsErgebnis> {
  const ziel = await Zieldatei.anlegen(resolve(datei));
  let client: pg.Client | undefined;
  try {
    client = await verbinde(verbindung);
    const kopf = await oeffneSchnappschuss(client);
    await pipeline(inhalt(client, kopf, optionen.fortschritt), createGzip(), ziel.schreibstrom());
    await client.query('COMMIT');
    const bytes = await ziel.abschliessen();
    return {
      tabellen: kopf.tabellen.length,
      zeilen: kopf.tabellen.reduce((s, t) => s + t.zeilen, 0),
      bytes,
    };
  } catch (error) {
    await ziel.verwerfen();
    if ((error as { code?: string }).code === '42501') {
      throw new SicherungsFehler(
        'rechte',
        `Dem Datenbankbenutzer fehlt ein Leserecht: ${(error as Error).message}. Bitte sichern Sie mit dem Eigentümer der Datenbank oder einem Superuser.`,
        { cause: error },
      );
    }
    throw error;
  } finally {
    // Ending the connection also ends the read-only transaction and its locks after an error.
    await client?.end().catch(() => undefined);
  }
}
