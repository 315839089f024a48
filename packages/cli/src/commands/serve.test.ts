import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const wurzel = fileURLToPath(new URL('../../../../', import.meta.url));

describe('hilfewerk serve', () => {
  it('startet nicht mit festem Stichtag (HILFEWERK_HEUTE): Exit 2, Meldung, nichts angelegt', () => {
    const daten = mkdtempSync(join(tmpdir(), 'hilfewerk-serve-'));
    const r = spawnSync('node', ['packages/cli/bin/hilfewerk.mjs', 'serve'], {
      cwd: wurzel,
      encoding: 'utf8',
      env: { ...process.env, HILFEWERK_HEUTE: '2026-11-25', HILFEWERK_DATA: daten, PORT: '0' },
      timeout: 20_000,
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/HILFEWERK_HEUTE ist gesetzt.*nur für die automatischen Tests/);
    expect(readdirSync(daten)).toEqual([]);
  });
});
