import { berechneBudget } from '@hilfewerk/rules';
import { readJsonInput, writeJson } from '../input.ts';

/** `hilfewerk budget <eingabe.json>`: Trägerbudget as JSON; bad input is an EingabeFehler, reported by main (exit 2). */
export async function run(args: string[]): Promise<number> {
  const ergebnis = berechneBudget(await readJsonInput(args));
  writeJson(ergebnis);
  return 0;
}
