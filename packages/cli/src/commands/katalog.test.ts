import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const wurzel = fileURLToPath(new URL('../../../../', import.meta.url));

function hilfewerk(args: string[]) {
  return spawnSync('node', ['packages/cli/bin/hilfewerk.mjs', ...args], { cwd: wurzel, encoding: 'utf8' });
}

describe('hilfewerk katalog', () => {
  it('listet die Leistungen als JSON in der Form aus docs/cli.md', () => {
    const r = hilfewerk(['katalog']);
    expect(r.status).toBe(0);
    const liste = JSON.parse(r.stdout);
    expect(liste.map((l: { id: string }) => l.id)).toEqual([
      'lt11-nachbetreuung',
      'kiju-nachbetreuung',
      'bremerhaven-ambulant',
      'berlin-d8',
    ]);
    for (const l of liste) expect(Object.keys(l)).toEqual(['id', 'titel', 'rechtsgrundlage', 'varianten']);
  });

  it('lint endet mit 0 beim gültigen Katalog', () => {
    const r = hilfewerk(['katalog', 'lint']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Katalog OK');
  });

  it('unbekannter Unterbefehl ist ein Bedienfehler (Exit 2)', () => {
    const r = hilfewerk(['katalog', 'pruefen']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });
});
