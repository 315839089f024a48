import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('amtliche Prüfung ohne die Prüfregeln', () => {
  it('schlägt mit einer Meldung fehl, die sagt, was fehlt — nie still übersprungen', () => {
    const modul = fileURLToPath(new URL('./amtliche-pruefung.ts', import.meta.url));
    const lauf = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', `import(${JSON.stringify(modul)}).then((m) => m.amtlichePruefung(['<x/>']))`],
      { env: { ...process.env, HILFEWERK_VALIDATORS: '/gibt/es/nicht' }, encoding: 'utf8' },
    );
    expect(lauf.status).not.toBe(0);
    expect(lauf.stderr).toMatch(
      /amtlichen XRechnung-Prüfregeln fehlen .*\/gibt\/es\/nicht.*NICHT amtlich geprüft/,
    );
  });
});
