import type { Datenbank } from './client.ts';

/** Settings without which a write answered 2xx can be lost in a crash or power cut. */
const PFLICHT = ['fsync', 'synchronous_commit', 'full_page_writes'] as const;

export class DatenbankNichtDauerhaft extends Error {}

/**
 * Refuses a database server that acknowledges commits it has not made durable: Hilfewerk answers
 * "gespeichert" only for what survives a crash.
 */
export async function pruefeDauerhaftigkeit(db: Datenbank): Promise<void> {
  const zeilen = await db.roh((abfrage) =>
    abfrage(
      `select name, setting from pg_settings where name in (${PFLICHT.map((n) => `'${n}'`).join(', ')})`,
    ),
  );
  const aus = zeilen.filter((z) => z.setting !== 'on').map((z) => `${z.name} = ${z.setting}`);
  if (aus.length > 0) {
    throw new DatenbankNichtDauerhaft(
      `Der Datenbankserver bestätigt Schreibvorgänge, die ein Absturz verlieren kann (${aus.join(', ')}). ` +
        `Hilfewerk startet nur mit ${PFLICHT.join(', ')} = on; bitte in der PostgreSQL-Konfiguration einschalten.`,
    );
  }
}
