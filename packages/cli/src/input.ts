import { readFile } from 'node:fs/promises';
import { EingabeFehler } from '@hilfewerk/rules';

/** Reads and parses the one JSON input file a rules command takes; every failure is bad input (exit 2). */
export async function readJsonInput(args: string[]): Promise<unknown> {
  const [path] = args;
  if (!path) throw new EingabeFehler('Eingabedatei fehlt: hilfewerk <Befehl> <eingabe.json>');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new EingabeFehler(`Eingabedatei ${path} kann nicht gelesen werden.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new EingabeFehler(`Eingabedatei ${path} ist kein gültiges JSON: ${(error as Error).message}`);
  }
}

/** Writes the one JSON result document to standard output. */
export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
