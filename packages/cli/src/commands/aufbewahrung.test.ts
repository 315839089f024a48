import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testDatenbank } from '../../../server/src/test/test-app.ts';

const wurzel = fileURLToPath(new URL('../../../../', import.meta.url));

function aufbewahrung(args: string[], env: Record<string, string> = {}) {
  return spawnSync('node', ['packages/cli/bin/hilfewerk.mjs', 'aufbewahrung', ...args], {
    cwd: wurzel,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', ...env },
    timeout: 120_000,
  });
}

describe('hilfewerk aufbewahrung', () => {
  it('exit 2 with a German message on a bad sub-command or stichtag', () => {
    const falsch = aufbewahrung(['loeschen']);
    expect(falsch.status).toBe(2);
    expect(falsch.stderr).toContain('Verwendung');
    const tag = aufbewahrung(['pruefen', '--stichtag', '31.12.2026']);
    expect(tag.status).toBe(2);
    expect(tag.stderr).toContain('--stichtag muss ein Datum JJJJ-MM-TT sein');
    expect(aufbewahrung(['pruefen', '--stichtag', '2026-02-30']).status).toBe(2);
  });

  it('the dry run lists the demo case files, none due, the held one marked; exit 0', async () => {
    const { url, aufraeumen } = await testDatenbank();
    try {
      const r = aufbewahrung(['pruefen', '--stichtag', '2026-11-25'], { DATABASE_URL: url });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('Löschsperre: Verfahren vor dem Familiengericht anhängig');
      expect(r.stdout).toMatch(/Stichtag 25\.11\.2026: \d+ Fallakten, 0 fällig\./);
      const aus = aufbewahrung(['ausfuehren', '--stichtag', '2026-11-25'], { DATABASE_URL: url });
      expect(aus.status, aus.stderr).toBe(0);
      expect(aus.stdout).toContain('0 Fallakten anonymisiert');
    } finally {
      await aufraeumen();
    }
  });
});
