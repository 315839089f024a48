import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  CLUSTER_ORDNER,
  DatenordnerBelegt,
  EingebetteteDatenbankFehler,
  erstelleSicherung,
  type FortschrittsMeldung,
  pruefeSicherung,
  SicherungsFehler,
  sperreDatenordner,
  spieleSicherungEin,
  verbindeMitDatenordner,
} from '@hilfewerk/db';

const VERWENDUNG = `Verwendung:
  hilfewerk sicherung erstellen DATEI    Sicherung der Datenbank schreiben (Hilfewerk darf laufen)
  hilfewerk sicherung einspielen DATEI   Sicherung in eine leere Datenbank einspielen
Datenbank: HILFEWERK_DATA (Standard ./data) oder DATABASE_URL.`;

const zahl = new Intl.NumberFormat('de-DE');

/** Progress on stderr, so that stdout carries only the result. */
function melde(verb: string) {
  return (m: FortschrittsMeldung) => {
    const anteil = m.gesamtZeilen > 0 ? Math.floor((100 * m.fertigeZeilen) / m.gesamtZeilen) : 100;
    process.stderr.write(`${verb}: ${m.tabelle} – ${zahl.format(m.zeilen)} Zeilen (${anteil} %)\n`);
  };
}

interface Ziel {
  url: string;
  beschreibung: string;
  beenden(): Promise<void>;
}

/**
 * The database to back up or restore into: DATABASE_URL, or the embedded one of HILFEWERK_DATA —
 * used as it runs, or started for the duration of the command (the folder's lock held meanwhile).
 */
async function ziel(env: NodeJS.ProcessEnv, zweck: 'erstellen' | 'einspielen'): Promise<Ziel> {
  if (env.DATABASE_URL)
    return { url: env.DATABASE_URL, beschreibung: 'DATABASE_URL', beenden: async () => {} };
  const ordner = resolve(env.HILFEWERK_DATA ?? './data');
  if (zweck === 'erstellen' && !existsSync(join(ordner, CLUSTER_ORDNER, 'PG_VERSION'))) {
    throw new SicherungsFehler(
      'keine-hilfewerk-datenbank',
      `Im Datenordner ${ordner} gibt es keine Hilfewerk-Datenbank. Bitte HILFEWERK_DATA auf den Ordner setzen, ` +
        'in dem Hilfewerk seine Daten hält, oder DATABASE_URL angeben.',
    );
  }
  let freigeben: (() => void) | undefined;
  try {
    freigeben = sperreDatenordner(ordner);
  } catch (error) {
    // A running Hilfewerk holds the lock: a backup reads from its server, a restore must wait.
    if (!(error instanceof DatenordnerBelegt) || zweck === 'einspielen') throw error;
  }
  try {
    const v = await verbindeMitDatenordner(ordner, { laufendErlaubt: zweck === 'erstellen' });
    return {
      url: v.url,
      beschreibung: `${ordner}${v.laufend ? ' (laufender Hilfewerk)' : ''}`,
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

export async function run(args: string[]): Promise<number> {
  const [aktion, datei, ...rest] = args;
  if (!['erstellen', 'einspielen'].includes(aktion ?? '') || !datei || rest.length > 0) {
    process.stderr.write(`${VERWENDUNG}\n`);
    return 2;
  }
  const pfad = resolve(datei);
  let db: Ziel | undefined;
  try {
    if (aktion === 'erstellen') {
      db = await ziel(process.env, 'erstellen');
      const r = await erstelleSicherung(db.url, pfad, { fortschritt: melde('Sicherung') });
      process.stdout.write(
        `Sicherung erstellt: ${pfad} (${r.tabellen} Tabellen, ${zahl.format(r.zeilen)} Zeilen, ` +
          `${zahl.format(Math.ceil(r.bytes / 1024))} KiB) aus ${db.beschreibung}\n`,
      );
    } else {
      // The file is checked whole before a database is started or created for it.
      await pruefeSicherung(pfad);
      db = await ziel(process.env, 'einspielen');
      const r = await spieleSicherungEin(db.url, pfad, { fortschritt: melde('Einspielen') });
      const nachgeholt = r.nachgeholteMigrationen.length
        ? `; nachgeholte Migrationen: ${r.nachgeholteMigrationen.join(', ')}`
        : '';
      process.stdout.write(
        `Sicherung eingespielt: ${pfad} → ${db.beschreibung} (${r.tabellen} Tabellen, ${zahl.format(r.zeilen)} Zeilen${nachgeholt})\n`,
      );
    }
    return 0;
  } catch (error) {
    if (
      error instanceof SicherungsFehler ||
      error instanceof DatenordnerBelegt ||
      error instanceof EingebetteteDatenbankFehler
    ) {
      process.stderr.write(`Fehler: ${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    await db?.beenden();
  }
}
