import { lintKatalog, listeKatalog } from '@hilfewerk/rules';
import { writeJson } from '../input.ts';

/**
 * `hilfewerk katalog` prints the catalogue as JSON; `hilfewerk katalog lint` checks it and exits 1 with
 * the problems on stderr — a broken catalogue is a defect of the repository, not bad input (exit 2).
 */
export async function run(args: string[]): Promise<number> {
  const [unterbefehl] = args;
  if (unterbefehl === undefined) {
    writeJson(listeKatalog());
    return 0;
  }
  if (unterbefehl !== 'lint') {
    process.stderr.write(
      `Unbekannter Unterbefehl: katalog ${unterbefehl}\nVerwendung: hilfewerk katalog [lint]\n`,
    );
    return 2;
  }
  const probleme = lintKatalog();
  if (probleme.length > 0) {
    process.stderr.write(
      `Katalog fehlerhaft (${probleme.length} Probleme):\n${probleme.map((p) => `  - ${p}`).join('\n')}\n`,
    );
    return 1;
  }
  process.stdout.write(`Katalog OK: ${listeKatalog().length} Leistungen geprüft.\n`);
  return 0;
}
