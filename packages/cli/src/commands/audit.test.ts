import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatenbank } from '../../../server/src/test/test-app.ts';

const wurzel = fileURLToPath(new URL('../../../../', import.meta.url));
const leer = mkdtempSync(join(tmpdir(), 'hilfewerk-audit-'));
afterAll(() => rmSync(leer, { recursive: true, force: true }));

function pruefen(env: Record<string, string>, args = ['pruefen']) {
  return spawnSync('node', ['packages/cli/bin/hilfewerk.mjs', 'audit', ...args], {
    cwd: wurzel,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', ...env },
    timeout: 120_000,
  });
}

describe('hilfewerk audit pruefen', () => {
  it('exit 0 on a whole chain, exit 1 naming the first entry a superuser changed', async () => {
    const { db, url, aufraeumen } = await testDatenbank();
    try {
      const [{ n }] = await db.roh((a) => a('select count(*)::int as n from audit'));
      const gut = pruefen({ DATABASE_URL: url });
      expect(gut.status, gut.stderr).toBe(0);
      expect(gut.stdout).toBe(`Protokoll unverändert: ${n} Einträge\n`);

      const [opfer] = await db.roh((a) =>
        a(`select a.id::text as id, a.nummer::int as nummer, o.name from audit a join organisation o on o.id = a.organisation_id
           order by a.zeitpunkt desc, a.nummer desc limit 1`),
      );
      await db.roh((a) => a(`update audit set details = '{"felder":["nachname"]}' where id = '${opfer.id}'`));
      const schlecht = pruefen({ DATABASE_URL: url });
      expect(schlecht.status).toBe(1);
      expect(schlecht.stdout).toContain(
        `Protokoll gebrochen: Eintrag Nr. ${opfer.nummer} von „${opfer.name}“ wurde verändert (Inhalt passt nicht zum Hash) (Protokoll-ID ${opfer.id}).`,
      );
    } finally {
      await aufraeumen();
    }
  }, 120_000);

  it('exit 2 on wrong usage and on a folder without a database', () => {
    const falsch = pruefen({ HILFEWERK_DATA: leer }, ['machen']);
    expect(falsch.status).toBe(2);
    expect(falsch.stderr).toMatch(/^Verwendung:/);
    const ohne = pruefen({ HILFEWERK_DATA: join(leer, 'nichts') });
    expect(ohne.status).toBe(2);
    expect(ohne.stderr).toMatch(/^Fehler: Im Datenordner .* gibt es keine Hilfewerk-Datenbank/);
  }, 60_000);
});
