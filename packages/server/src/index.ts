import { resolve } from 'node:path';
import { type Datenbank, migriere, oeffneDatenbank } from '@hilfewerk/db';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { buildApp } from './app.ts';
import { hatDemoDaten, ladeDemo } from './demo/lade-demo.ts';
import { sperreDatenordner } from './sperre.ts';

export { type AppOptionen, buildApp } from './app.ts';
export { DEMO_PASSWORT, demoZugaenge } from './demo/daten.ts';
export { ladeDemo } from './demo/lade-demo.ts';
export { DatenordnerBelegt } from './sperre.ts';

export interface StartOptionen {
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Interface to listen on. @default '0.0.0.0' */
  host?: string;
  /** PGlite data folder. @default './data' */
  dataDir?: string;
  /** PostgreSQL instead of PGlite. */
  databaseUrl?: string;
  /** PGlite in memory: nothing survives the process (tests, benchmarks). */
  memory?: boolean;
  /** Load demo data into an empty database. */
  demo: boolean;
  logger?: FastifyServerOptions['logger'];
  sitzungMinuten?: number;
  trustProxy?: boolean;
}

export interface LaufenderServer {
  url: string;
  app: FastifyInstance;
  db: Datenbank;
  /** True when this start loaded the demo data (the database was empty). */
  demoGeladen: boolean;
  close(): Promise<void>;
}

/**
 * Opens the database, applies migrations, loads demo data on an empty database, and listens.
 * Used by `hilfewerk serve`, the browser tests and the benchmarks.
 */
export async function startServer(opt: StartOptionen): Promise<LaufenderServer> {
  const dataDir = resolve(opt.dataDir ?? './data');
  const freigeben = opt.databaseUrl || opt.memory ? () => {} : sperreDatenordner(dataDir);
  let db: Datenbank | undefined;
  try {
    db = await oeffneDatenbank({ databaseUrl: opt.databaseUrl, dataDir, memory: opt.memory });
    await migriere(db);
    const demoGeladen = opt.demo ? await ladeDemo(db) : false;
    const app = await buildApp({
      db,
      demo: demoGeladen || (await hatDemoDaten(db)),
      logger: opt.logger,
      sitzungMinuten: opt.sitzungMinuten,
      trustProxy: opt.trustProxy,
    });
    const adresse = await app.listen({ port: opt.port, host: opt.host ?? '0.0.0.0' });
    const url = adresse.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
    const offen = db;
    let geschlossen: Promise<void> | undefined;
    return {
      url,
      app,
      db: offen,
      demoGeladen,
      close: () => {
        geschlossen ??= (async () => {
          try {
            await app.close();
            await offen.close();
          } finally {
            freigeben();
          }
        })();
        return geschlossen;
      },
    };
  } catch (error) {
    await db?.close().catch(() => undefined);
    freigeben();
    throw error;
  }
}
