import { beschaedigt, type Kopf, type TabellenKopf } from './format.ts';
import { SicherungsLeser } from './leser.ts';

/** Receives one table's rows as they stream by; must consume `daten` to the end. */
export type TabellenEmpfaenger = (
  tabelle: TabellenKopf,
  daten: AsyncIterable<Buffer>,
  zeilenBisher: () => number,
) => Promise<void>;

const verwerfen: TabellenEmpfaenger = async (_tabelle, daten) => {
  for await (const _ of daten);
};

/**
 * Reads a backup file whole: format, Kopf, every table's rows (counted against the Kopf) and the
 * checksum. Throws a SicherungsFehler on the first thing that does not fit.
 * @param beimKopf sees the Kopf before any rows are read; may throw to stop
 * @param beiTabelle gets each table's rows; without it they are only checked
 */
export async function leseSicherung(
  datei: string,
  {
    beimKopf,
    beiTabelle = verwerfen,
  }: { beimKopf?: (kopf: Kopf) => void; beiTabelle?: TabellenEmpfaenger } = {},
): Promise<Kopf> {
  const leser = await SicherungsLeser.oeffne(datei);
  try {
    const kopf = await leser.leseAnfang();
    beimKopf?.(kopf);
    for (const tabelle of kopf.tabellen) {
      await beiTabelle(tabelle, leser.abschnitt(tabelle.name), () => leser.zeilenImAbschnitt);
      if (leser.zeilenImAbschnitt !== tabelle.zeilen) {
        throw beschaedigt(
          `die Tabelle ${tabelle.name} hat ${leser.zeilenImAbschnitt} statt ${tabelle.zeilen} Zeilen`,
        );
      }
    }
    await leser.pruefeEnde();
    return kopf;
  } finally {
    leser.schliesse();
  }
}

/**
 * Checks a backup file without touching any database: readable, a Hilfewerk backup of a format this
 * version reads, complete, and unchanged since it was written.
 * @returns its Kopf (creation time, migrations, tables with row counts)
 */
export function pruefeSicherung(datei: string): Promise<Kopf> {
  return leseSicherung(datei);
}
