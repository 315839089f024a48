import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * Writes a changed copy of a backup: `aendern` edits its lines (the checksum line excluded); with
 * `pruefsummeNeu` the checksum is computed afresh, as a forger or a careless editor would.
 */
export async function schreibeUm(
  quelle: string,
  ziel: string,
  aendern: (zeilen: string[]) => string[],
  { pruefsummeNeu }: { pruefsummeNeu: boolean },
): Promise<void> {
  const zeilen = gunzipSync(await readFile(quelle))
    .toString('utf8')
    .split('\n');
  if (zeilen.pop() !== '') throw new Error('Sicherung endet nicht mit einem Zeilenende');
  const pruefsumme = zeilen.pop() ?? '';
  const neu = aendern(zeilen);
  const text = `${neu.join('\n')}\n`;
  const ende = pruefsummeNeu ? `#pruefsumme ${createHash('sha256').update(text).digest('hex')}` : pruefsumme;
  await writeFile(ziel, gzipSync(`${text}${ende}\n`));
}
