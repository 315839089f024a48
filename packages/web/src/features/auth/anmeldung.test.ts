import { describe, expect, it } from 'vitest';
import { ApiFehler } from '../../api/client';
import { anmeldeFehlermeldung, sichererRuecksprung } from './anmeldung';

describe('sichererRuecksprung', () => {
  it('keeps paths of this application', () => {
    expect(sichererRuecksprung('/faelle/abc?x=1')).toBe('/faelle/abc?x=1');
  });
  it('refuses other sites and the login page itself', () => {
    expect(sichererRuecksprung('https://boese.example')).toBe('/');
    expect(sichererRuecksprung('//boese.example')).toBe('/');
    expect(sichererRuecksprung('/anmelden?weiter=/x')).toBe('/');
    expect(sichererRuecksprung(undefined)).toBe('/');
  });
});

describe('anmeldeFehlermeldung', () => {
  it('says in German what went wrong', () => {
    expect(anmeldeFehlermeldung(new ApiFehler(401, {}, null))).toContain('Passwort ist falsch');
    expect(anmeldeFehlermeldung(new ApiFehler(429, {}, 900))).toContain('15 Minuten');
    expect(anmeldeFehlermeldung(new ApiFehler(429, {}, 30))).toContain('30 Sekunden');
  });
});
