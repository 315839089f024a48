import { describe, expect, it } from 'vitest';
import { ladeReihenfolge } from './reihenfolge.ts';

describe('ladeReihenfolge', () => {
  it('puts every table after the tables it references', () => {
    const fks = [
      { tabelle: 'notiz', ziel: 'fall' },
      { tabelle: 'fall', ziel: 'organisation' },
      { tabelle: 'notiz', ziel: 'benutzer' },
      { tabelle: 'benutzer', ziel: 'organisation' },
    ];
    const r = ladeReihenfolge(['notiz', 'fall', 'benutzer', 'organisation', 'hilfewerk_migration'], fks);
    expect(r).toEqual(['hilfewerk_migration', 'organisation', 'benutzer', 'fall', 'notiz']);
  });

  it('breaks a cycle at the table with the fewest unmet references, ignoring self references', () => {
    const fks = [
      { tabelle: 'baum', ziel: 'baum' },
      { tabelle: 'a', ziel: 'b' },
      { tabelle: 'b', ziel: 'a' },
      { tabelle: 'c', ziel: 'a' },
    ];
    const r = ladeReihenfolge(['c', 'b', 'a', 'baum'], fks);
    expect(r).toEqual(['baum', 'a', 'b', 'c']);
  });

  it('ignores references to tables outside the list', () => {
    expect(ladeReihenfolge(['b', 'a'], [{ tabelle: 'a', ziel: 'extern' }])).toEqual(['a', 'b']);
  });
});
