/**
 * Browser tests: starts the real server in-process (embedded PostgreSQL in a temporary folder, with
 * demo data), launches Debian's Chromium once, and runs every `e2e/*.e2e.ts` with node's test runner in a child process.
 * The children reach both through environment variables (HILFEWERK_E2E_URL, HILFEWERK_E2E_BROWSER).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '@hilfewerk/server';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PFAD, E2E_HEUTE } from './browser.ts';

const wurzel = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function baueWebFallsNoetig(): void {
  if (existsSync(join(wurzel, 'packages/web/dist/index.html'))) return;
  console.log('packages/web/dist fehlt – baue die Web-Anwendung …');
  const ergebnis = spawnSync('npm', ['run', 'build', '-w', '@hilfewerk/web'], {
    cwd: wurzel,
    stdio: 'inherit',
  });
  if (ergebnis.status !== 0) throw new Error('Der Build der Web-Anwendung ist fehlgeschlagen.');
}

async function main(): Promise<number> {
  baueWebFallsNoetig();
  const filter = process.argv.slice(2);
  const dateien = readdirSync(join(wurzel, 'e2e'))
    .filter((name) => name.endsWith('.e2e.ts'))
    .filter((name) => filter.length === 0 || filter.some((f) => name.includes(f)))
    .sort()
    .map((name) => join('e2e', name));
  if (dateien.length === 0) throw new Error('Keine Testdateien e2e/*.e2e.ts gefunden.');

  // The browser tests speak of fixed days (entries on 27.10.2026, closing October 2026): the server's
  // business day and the browser's clock are pinned to the demo's own day, so they pass on any date.
  process.env.HILFEWERK_HEUTE = E2E_HEUTE;
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    temporaer: true,
    demo: true,
    logger: false,
  });
  const browser = await chromium.launchServer({ executablePath: CHROMIUM_PFAD, args: CHROMIUM_ARGS });
  console.log(`Server: ${server.url} · Chromium: ${browser.wsEndpoint()}`);
  try {
    // One file at a time: they share one server, and the login rate limit counts per client address.
    const kind = spawn(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...dateien],
      {
        cwd: wurzel,
        stdio: 'inherit',
        env: { ...process.env, HILFEWERK_E2E_URL: server.url, HILFEWERK_E2E_BROWSER: browser.wsEndpoint() },
      },
    );
    return await new Promise<number>((fertig) =>
      kind.on('exit', (code, signal) => fertig(signal ? 1 : (code ?? 1))),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (fehler: unknown) => {
    console.error(fehler);
    process.exit(1);
  },
);
