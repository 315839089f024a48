import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type Datenbank,
  type EingebetteterServer,
  type GesperrterServer,
  migriere,
  oeffneDatenbank,
  pruefeDauerhaftigkeit,
  starteDatenordner,
} from '@hilfewerk/db';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { buildApp } from './app.ts';
import { hatDemoDaten, ladeDemo } from './demo/lade-demo.ts';
import type { OidcKonfiguration } from './konfiguration/oidc.ts';

export { type AppOptionen, buildApp } from './app.ts';
export { type Kettenbruch, type Pruefergebnis, pruefeAuditKette } from './audit/pruefe-kette.ts';
export { DEMO_PASSWORT, demoZugaenge } from './demo/daten.ts';
export { ladeDemo } from './demo/lade-demo.ts';
export { type Einrichtung, pruefeEinrichtung, richteEin } from './einrichtung/richte-ein.ts';

export interface StartOptionen {
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Interface to listen on. @default '127.0.0.1' */
  host?: string;
  /** Data folder of the embedded PostgreSQL. @default './data' */
  dataDir?: string;
  /** An external PostgreSQL instead of the embedded one. */
  databaseUrl?: string;
  /** Embedded PostgreSQL in a fresh folder under the system's temp folder, removed on close (tests, benchmarks). */
  temporaer?: boolean;
  /**
   * The embedded database, already being started by the caller on its locked data folder
   * (`starteDatenordner`): `hilfewerk serve` starts it while it still loads this package.
   */
  vorgestartet?: Promise<GesperrterServer>;
  /** Load demo data into an empty database. */
  demo: boolean;
  logger?: FastifyServerOptions['logger'];
  sitzungMinuten?: number;
  /** Addresses/CIDRs of trusted reverse proxies (see konfiguration/vertrauenswuerdige-proxys.ts). */
  trustProxy?: string[] | false;
  /** Single sign-on (see konfiguration/oidc.ts); absent: password login only. */
  oidc?: OidcKonfiguration | null;
  /**
   * Called when the embedded database ends on its own while the server runs. The HTTP server has
   * then already been closed: no request is answered half-way without a database.
   */
  beiDatenbankEnde?: (meldung: string) => void;
}

export interface LaufenderServer {
  url: string;
  app: FastifyInstance;
  db: Datenbank;
  /** True when this start loaded the demo data (the database was empty). */
  demoGeladen: boolean;
  /** The embedded database server, when Hilfewerk runs one. */
  eingebettet?: EingebetteterServer;
  /** The data folder in use (embedded only, when this call started it). */
  dataDir?: string;
  close(): Promise<void>;
}

/**
 * Starts the embedded PostgreSQL (or opens DATABASE_URL), checks that commits are durable, applies
 * migrations, loads demo data on an empty database, and listens.
 * Used by `hilfewerk serve`, the browser tests and the benchmarks.
 */
export async function startServer(opt: StartOptionen): Promise<LaufenderServer> {
  const extern = opt.databaseUrl;
  const dataDir =
    extern || opt.vorgestartet
      ? undefined
      : opt.temporaer
        ? await mkdtemp(join(tmpdir(), 'hilfewerk-'))
        : resolve(opt.dataDir ?? './data');
  const aufraeumen: (() => Promise<void> | void)[] = [];
  const raeumeAuf = async () => {
    for (const schritt of aufraeumen.reverse()) await Promise.resolve(schritt()).catch(() => undefined);
    aufraeumen.length = 0;
  };
  try {
    let eingebettet: EingebetteterServer | undefined;
    let url: string;
    if (opt.vorgestartet || dataDir) {
      if (opt.temporaer && dataDir) aufraeumen.push(() => rm(dataDir, { recursive: true, force: true }));
      const { server, freigeben } = await (opt.vorgestartet ?? starteDatenordner(dataDir as string));
      aufraeumen.push(freigeben);
      aufraeumen.push(() => server.stop());
      eingebettet = server;
      url = server.url();
    } else {
      url = extern as string;
    }
    const db = await oeffneDatenbank({ databaseUrl: url, eingebettet: Boolean(eingebettet) });
    aufraeumen.push(() => db.close());
    await pruefeDauerhaftigkeit(db);
    await migriere(db);
    const demoGeladen = opt.demo ? await ladeDemo(db) : false;
    const app = await buildApp({
      db,
      demo: demoGeladen || (await hatDemoDaten(db)),
      logger: opt.logger,
      sitzungMinuten: opt.sitzungMinuten,
      trustProxy: opt.trustProxy,
      oidc: opt.oidc,
    });
    aufraeumen.push(() => app.close());
    const adresse = await app.listen({ port: opt.port, host: opt.host ?? '127.0.0.1' });
    const serverUrl = adresse.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
    let geschlossen: Promise<void> | undefined;
    const close = () => {
      geschlossen ??= raeumeAuf();
      return geschlossen;
    };
    if (eingebettet) {
      const server = eingebettet;
      void server.beendet.then(({ code, signal }) => {
        if (geschlossen) return;
        const meldung =
          `Die eingebettete Datenbank wurde unerwartet beendet (${signal ? `Signal ${signal}` : `Code ${code}`}). ` +
          'Hilfewerk beendet sich ebenfalls, damit keine Anfrage ohne Datenbank halb beantwortet wird; ' +
          `ein Neustart stellt alle bestätigten Daten wieder her.\nLetzte Meldungen der Datenbank:\n${server.letzteMeldungen()}`;
        void close().then(() => opt.beiDatenbankEnde?.(meldung));
      });
    }
    return { url: serverUrl, app, db, demoGeladen, eingebettet, dataDir, close };
  } catch (error) {
    await raeumeAuf();
    throw error;
  }
}
