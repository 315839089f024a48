import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kinderschutzSchulungStand } from './schulung.ts';

const faelle = parse(readFileSync(new URL('./schulung-faelle.yaml', import.meta.url), 'utf8')) as {
  name: string;
  eingabe: { schulungen: string[]; eintritt: string; heute: string };
  erwartet: unknown;
}[];

describe('Jährliche Schulung nach § 8a (YAML-Fälle)', () => {
  for (const f of faelle)
    it(f.name, () => {
      expect(kinderschutzSchulungStand(f.eingabe.schulungen, f.eingabe.eintritt, f.eingabe.heute)).toEqual(
        f.erwartet,
      );
    });
});
