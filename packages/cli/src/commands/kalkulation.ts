import { berechneEntgelt } from '@hilfewerk/rules';
import { readJsonInput, writeJson } from '../input.ts';

/** `hilfewerk kalkulation <eingabe.json>`: the Entgelt as JSON; bad input throws EingabeFehler (exit 2 in main). */
export async function run(args: string[]): Promise<number> {
  const eingabe = await readJsonInput(args);
  writeJson(berechneEntgelt(eingabe));
  return 0;
}
