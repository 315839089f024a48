import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EingebetteterServer, migriere, oeffneDatenbank, starteEingebettet } from '@hilfewerk/db';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ladeDemo } from '../demo/lade-demo.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A database of the test server to administer from (CREATE/DROP DATABASE). */
    testDatenbankUrl: string;
    /** Migrated, with demo data: every test file's database is a copy of it. */
    testVorlage: string;
  }
}

const VORLAGE = 'hw_vorlage';

/**
 * One PostgreSQL server for the whole test run: the embedded one in a temporary folder, or — when
 * DATABASE_URL is set (scripts/pg-test.sh, PostgreSQL 15) — that server. It holds a template
 * database, migrated once and loaded with the demo data; each test file clones it (CREATE DATABASE
 * … TEMPLATE copies files: far faster than migrating and loading anew).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The demo data move with the business day (see demo/verschiebung.ts): load them on the test day.
  const heute = project.config.env?.HILFEWERK_HEUTE;
  if (heute) process.env.HILFEWERK_HEUTE = heute;
  let eingebettet: EingebetteterServer | undefined;
  let ordner: string | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    ordner = await mkdtemp(join(tmpdir(), 'hilfewerk-test-'));
    eingebettet = await starteEingebettet(ordner);
    url = eingebettet.url();
  }
  const verwaltung = new pg.Client({ connectionString: url });
  await verwaltung.connect();
  await verwaltung.query(`DROP DATABASE IF EXISTS ${VORLAGE} WITH (FORCE)`);
  await verwaltung.query(`CREATE DATABASE ${VORLAGE}`);
  const vorlageUrl = new URL(url);
  vorlageUrl.pathname = `/${VORLAGE}`;
  const db = await oeffneDatenbank({ databaseUrl: vorlageUrl.toString(), poolGroesse: 2 });
  try {
    await migriere(db);
    await ladeDemo(db);
  } finally {
    // A template must have no open connection while it is copied.
    await db.close();
  }
  project.provide('testDatenbankUrl', url);
  project.provide('testVorlage', VORLAGE);
  return async () => {
    await verwaltung.query(`DROP DATABASE IF EXISTS ${VORLAGE} WITH (FORCE)`).catch(() => undefined);
    await verwaltung.end();
    await eingebettet?.stop();
    if (ordner) await rm(ordner, { recursive: true, force: true });
  };
}
