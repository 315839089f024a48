import { resolve } from 'node:path';
import {
  DatenbankNichtDauerhaft,
  DatenordnerBelegt,
  EingebetteteDatenbankFehler,
  type GesperrterServer,
  PgliteDatenordner,
  starteDatenordner,
} from '@hilfewerk/db';
import { vertrauenswuerdigeProxys } from '@hilfewerk/server/konfiguration';
import { type OidcKonfiguration, oidcKonfiguration } from '@hilfewerk/server/konfiguration/oidc';

/**
 * `hilfewerk serve`: starts the application. Configuration from the environment:
 * PORT (8080), HOST (127.0.0.1), HILFEWERK_DATA (./data, the embedded PostgreSQL's folder),
 * DATABASE_URL (an external PostgreSQL instead), HILFEWERK_DEMO (1 = demo data on an empty
 * database; `npm start` sets it), HILFEWERK_SITZUNG_MINUTEN (60), HILFEWERK_TRUST_PROXY (addresses of reverse proxies),
 * HILFEWERK_OIDC_* (single sign-on, see README; half a configuration is exit 2),
 * HILFEWERK_HEUTE is refused: the fixed business day is for the automated tests only.
 * Resolves only when the server has been stopped by SIGINT or SIGTERM.
 */
export async function run(_args: string[]): Promise<number> {
  const env = process.env;
  const port = Number.parseInt(env.PORT ?? '8080', 10);
  const demo = env.HILFEWERK_DEMO === '1';
  if (env.HILFEWERK_HEUTE) {
    // A fixed "today" would let a month close before it ends and number invoices in the wrong year.
    process.stderr.write(
      'Fehler: HILFEWERK_HEUTE ist gesetzt. Der feste Stichtag ist nur für die automatischen Tests gedacht; ' +
        'Monatsabschluss und Rechnungsnummern folgen im Betrieb dem echten Kalender. Bitte die Variable entfernen.\n',
    );
    return 2;
  }
  let trustProxy: string[] | false;
  let oidc: OidcKonfiguration | null;
  try {
    trustProxy = vertrauenswuerdigeProxys(env.HILFEWERK_TRUST_PROXY);
    // Half a single sign-on would show a button that cannot work: refuse to start instead.
    oidc = oidcKonfiguration(env);
  } catch (error) {
    process.stderr.write(`Fehler: ${(error as Error).message}\n`);
    return 2;
  }
  const dataDir = resolve(env.HILFEWERK_DATA ?? './data');
  const databaseUrl = env.DATABASE_URL || undefined;
  // The database starts while the application's modules load (half a second saved on every start).
  let vorgestartet: Promise<GesperrterServer> | undefined;
  if (!databaseUrl) {
    vorgestartet = starteDatenordner(dataDir);
    vorgestartet.catch(() => undefined);
  }
  let datenbankEnde: (() => void) | undefined;
  let server: Awaited<ReturnType<typeof import('@hilfewerk/server').startServer>>;
  const { DEMO_PASSWORT, demoZugaenge, startServer } = await import('@hilfewerk/server').catch(
    async (error) => {
      // The application did not load: the database started for it must not stay behind.
      await vorgestartet?.then(
        ({ server: s, freigeben }) => s.stop().finally(freigeben),
        () => undefined,
      );
      throw error;
    },
  );
  try {
    server = await startServer({
      port,
      host: env.HOST || '127.0.0.1',
      vorgestartet,
      databaseUrl,
      demo,
      logger: { level: env.LOG_LEVEL ?? 'warn' },
      sitzungMinuten: env.HILFEWERK_SITZUNG_MINUTEN ? Number(env.HILFEWERK_SITZUNG_MINUTEN) : undefined,
      trustProxy,
      oidc,
      beiDatenbankEnde: (meldung) => {
        process.stderr.write(`Fehler: ${meldung}\n`);
        datenbankEnde?.();
      },
    });
  } catch (error) {
    if (error instanceof PgliteDatenordner) {
      process.stderr.write(`Fehler: ${error.message}\n`);
      return 2;
    }
    if (
      error instanceof DatenordnerBelegt ||
      error instanceof EingebetteteDatenbankFehler ||
      error instanceof DatenbankNichtDauerhaft
    ) {
      process.stderr.write(`Fehler: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const datenbank = server.eingebettet
    ? `eingebettetes PostgreSQL, Daten in ${dataDir}`
    : 'PostgreSQL (DATABASE_URL)';
  const zeilen = [
    `Hilfewerk läuft auf ${server.url}  (Datenbank: ${datenbank})`,
    `API-Dokumentation: ${server.url}/api/docs`,
  ];
  if (demo) {
    zeilen.push(
      server.demoGeladen ? 'Demodaten wurden geladen.' : 'Demodaten sind vorhanden (nicht neu geladen).',
      `Demo-Zugänge (Passwort für alle: ${DEMO_PASSWORT}):`,
      ...demoZugaenge().map((z) => `  ${z.email.padEnd(40)} ${z.organisation} – ${z.rolle}`),
    );
  }
  zeilen.push('Beenden mit Strg+C.');

  // The handlers exist before the address is printed: whoever reads it may signal at once.
  const ende = new Promise<number>((resolveExit) => {
    const beenden = (signal: string) => {
      process.stdout.write(`\n${signal} empfangen, Hilfewerk wird beendet …\n`);
      server.close().then(
        () => resolveExit(0),
        (error: unknown) => {
          process.stderr.write(`Fehler beim Beenden: ${(error as Error).message}\n`);
          resolveExit(1);
        },
      );
    };
    process.once('SIGINT', () => beenden('SIGINT'));
    process.once('SIGTERM', () => beenden('SIGTERM'));
    // The database ended on its own: startServer has closed everything; the process ends with an error.
    datenbankEnde = () => resolveExit(1);
  });
  process.stdout.write(`${zeilen.join('\n')}\n`);
  return ende;
}
