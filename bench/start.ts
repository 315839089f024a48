// Benchmark: start-up time of `hilfewerk serve` as a user sees it — from process start until
// GET /api/health answers — on the embedded PostgreSQL: a cold start on an empty data folder
// (initdb, server start, migrations, demo data) and a warm start on the same folder afterwards.
// Run: node --import tsx bench/start.ts        Targets: cold < 5 s, warm < 1.5 s.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, freierPort } from './lib/umgebung.ts';

async function starte(dataDir: string): Promise<number> {
  const port = await freierPort();
  const beginn = performance.now();
  const kind = spawn(process.execPath, [CLI, 'serve'], {
    env: { ...process.env, PORT: String(port), HILFEWERK_DATA: dataDir, HILFEWERK_DEMO: '1' },
    stdio: 'ignore',
  });
  const beendet = new Promise<void>((resolve) => kind.once('exit', () => resolve()));
  try {
    for (;;) {
      if (kind.exitCode !== null) throw new Error(`serve endete mit ${kind.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return (performance.now() - beginn) / 1000;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    kind.kill('SIGTERM');
    await beendet;
  }
}

const eltern = mkdtempSync(join(tmpdir(), 'hilfewerk-start-'));
// The database's account (postgres, when run as root) must pass through the parent folder.
chmodSync(eltern, 0o755);
const dir = join(eltern, 'daten');
try {
  const kalt = await starte(dir);
  const warm = await starte(dir);
  console.log('| Start | Sekunden | Ziel |');
  console.log('|---|---:|---:|');
  console.log(`| kalt (leerer Datenordner, Demodaten) | ${kalt.toFixed(2)} | < 5 |`);
  console.log(`| warm (gleicher Datenordner) | ${warm.toFixed(2)} | < 1,5 |`);
} finally {
  rmSync(eltern, { recursive: true, force: true });
}
