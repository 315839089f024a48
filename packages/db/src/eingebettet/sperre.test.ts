import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatenordnerBelegt, sperreDatenordner } from './sperre.ts';

const ordner: string[] = [];
const neuerOrdner = () => {
  const d = mkdtempSync(join(tmpdir(), 'hw-sperre-'));
  ordner.push(d);
  return d;
};
afterEach(() => {
  for (const d of ordner.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('Sperre des Datenordners', () => {
  it('writes the PID and removes the lock on release', () => {
    const d = neuerOrdner();
    const freigeben = sperreDatenordner(d);
    expect(readFileSync(join(d, 'hilfewerk.lock'), 'utf8')).toBe(String(process.pid));
    freigeben();
    expect(() => readFileSync(join(d, 'hilfewerk.lock'))).toThrow();
  });

  it('refuses a folder held by a running process, with a German message', () => {
    const d = neuerOrdner();
    writeFileSync(join(d, 'hilfewerk.lock'), String(process.ppid));
    expect(() => sperreDatenordner(d)).toThrow(DatenordnerBelegt);
    expect(() => sperreDatenordner(d)).toThrow(/bereits von einem laufenden Hilfewerk/);
  });

  it('takes over the lock of a process that no longer runs', () => {
    const d = neuerOrdner();
    writeFileSync(join(d, 'hilfewerk.lock'), '2147483646');
    const freigeben = sperreDatenordner(d);
    expect(readFileSync(join(d, 'hilfewerk.lock'), 'utf8')).toBe(String(process.pid));
    freigeben();
  });
});
