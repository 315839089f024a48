import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `use-cases/<bereich>/` lists only entry points: one use case per file, named after it, whose first statement
 * is its access check. What several use cases share lives in `use-cases/<bereich>/intern/`.
 */
const wurzel = new URL('.', import.meta.url).pathname;

/** Entry points without requireAccess, each for a reason that holds for every caller. */
const OHNE_RECHTEPRUEFUNG: Record<string, string> = {
  'auth/login.ts': 'gibt erst die Identität, die eine Rechteprüfung braucht',
  'auth/login-sso.ts': 'gibt erst die Identität (Single Sign-on), die eine Rechteprüfung braucht',
  'auth/starte-sso.ts':
    'beginnt die Anmeldung beim Anmeldedienst; niemand ist angemeldet, nichts wird gelesen',
  'auth/logout.ts': 'jede angemeldete Person darf ihre eigene Sitzung beenden',
  'auth/resolve-sitzung.ts': 'findet die Sitzung zum Cookie, bevor eine Rolle bekannt ist',
  'beschwerden/reiche-beschwerde-ein.ts':
    'das öffentliche Formular ohne Anmeldung; gedrosselt je Adresse, schreibt nur eine neue Beschwerde',
  'fristen/kalender-feed.ts':
    'kennt nur das geheime Abo-Token und prüft danach mit darf() unter der Rolle des Inhabers',
};

const bereiche = readdirSync(wurzel, { withFileTypes: true }).filter(
  (e) => e.isDirectory() && e.name !== 'intern',
);
const einstiege = bereiche.flatMap((b) =>
  readdirSync(join(wurzel, b.name))
    .filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))
    .map((n) => `${b.name}/${n}`),
);

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('use-cases/', () => {
  it('hat neben den Bereichen nur intern/ und diesen Test', () => {
    const dateien = readdirSync(wurzel, { withFileTypes: true }).filter((e) => !e.isDirectory());
    expect(dateien.map((d) => d.name)).toEqual(['struktur.test.ts']);
    expect(einstiege.length).toBeGreaterThan(50);
  });

  for (const datei of einstiege) {
    it(`${datei}: ein Anwendungsfall, nach ihm benannt, zuerst die Rechteprüfung`, () => {
      const text = readFileSync(join(wurzel, datei), 'utf8');
      const funktionen = [...text.matchAll(/^export (?:async )?function (\w+)/gm)].map((m) => m[1]);
      expect(funktionen).toHaveLength(1);
      expect(`${kebab(funktionen[0])}.ts`).toBe(datei.split('/')[1]);
      if (datei in OHNE_RECHTEPRUEFUNG) return;
      // The body's first statement: after the signature's last line, which starts the line or closes its
      // parameter list at the line's start, and ends with `{`.
      const abFunktion = text.slice(text.search(/^export (?:async )?function /m));
      const signatur = /^(?:export (?:async )?function |\)).*\{\n/m.exec(abFunktion);
      const rumpf = signatur ? abFunktion.slice(signatur.index + signatur[0].length) : '';
      expect(rumpf.trimStart()).toMatch(/^(const \w+ = |const \{[^}]*\} = )?requireAccess\(/);
    });
  }
});
