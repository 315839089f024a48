import { berechneFristen } from '@hilfewerk/rules';
import { readJsonInput, writeJson } from '../input.ts';

/** `hilfewerk fristen <eingabe.json>`: the deadlines of one Hilfe as JSON (docs/cli.md). */
export async function run(args: string[]): Promise<number> {
  // Compute fully before writing, so that bad input leaves standard output empty.
  const ergebnis = berechneFristen(await readJsonInput(args));
  writeJson(ergebnis);
  return 0;
}
