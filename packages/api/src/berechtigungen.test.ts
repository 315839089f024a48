import { describe, expect, it } from 'vitest';
import { BERECHTIGUNGEN, darf, UMFANG } from './berechtigungen.ts';
import { ROLLEN } from './enums.ts';

describe('Berechtigungstabelle', () => {
  it('lists only known roles', () => {
    for (const aktionen of Object.values(BERECHTIGUNGEN)) {
      for (const rollen of Object.values(aktionen)) {
        for (const r of rollen ?? []) expect(ROLLEN).toContain(r);
      }
    }
  });

  it('gives every role a record scope', () => {
    expect(Object.keys(UMFANG).sort()).toEqual([...ROLLEN].sort());
  });

  it('keeps narrative from Verwaltung, Administration and the Jugendamt', () => {
    for (const r of ['verwaltung', 'administration', 'asd', 'wjh', 'fachcontrolling'] as const) {
      expect(darf(r, 'notiz', 'lesen')).toBe(false);
      expect(darf(r, 'ereignisNotiz', 'lesen')).toBe(false);
    }
  });

  it('lets Jugendamt roles read cases but never change them', () => {
    expect(darf('asd', 'fall', 'lesen')).toBe(true);
    expect(darf('asd', 'hilfe', 'lesen')).toBe(true);
    for (const ressource of ['fall', 'person', 'hilfe', 'ereignis', 'notiz', 'team'] as const) {
      expect(darf('asd', ressource, 'anlegen')).toBe(false);
      expect(darf('asd', ressource, 'aendern')).toBe(false);
    }
  });

  it('gives Fachcontrolling no case access at all', () => {
    expect(darf('fachcontrolling', 'fall', 'lesen')).toBe(false);
    expect(UMFANG.fachcontrolling).toBe('keine');
  });

  it('reserves special categories for Leitung and Fachkraft', () => {
    const leser = ROLLEN.filter((r) => darf(r, 'notizBesondere', 'lesen'));
    expect(leser).toEqual(['leitung', 'fachkraft']);
  });

  it('allows anything only when listed (unknown action refused)', () => {
    expect(darf('leitung', 'audit', 'aendern')).toBe(false);
    expect(darf('leitung', 'audit', 'lesen')).toBe(true);
  });
});
