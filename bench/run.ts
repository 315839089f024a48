// Runs every benchmark in bench/ one after another, each in its own Node process (so one
// benchmark's heap, JIT state and open handles cannot colour the next), and passes their output
// through: each benchmark prints its own figures beside its target or baseline.
// Run: npm run bench            all of them
//      npm run bench -- http    only those whose file name contains "http"
// Not part of `npm test`: benchmarks take minutes and measure the machine as much as the code.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ORDNER = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv.slice(2);

const dateien = readdirSync(ORDNER)
  .filter((d) => d.endsWith('.ts') && !d.endsWith('.d.ts') && d !== 'run.ts')
  .filter((d) => filter.length === 0 || filter.some((f) => d.includes(f)))
  .sort();

function lauf(datei: string): Promise<number> {
  return new Promise((resolve) => {
    const kind = spawn(process.execPath, ['--import', 'tsx', `${ORDNER}${datei}`], { stdio: 'inherit' });
    kind.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    kind.once('error', () => resolve(1));
  });
}

if (dateien.length === 0) {
  console.error(`Keine Benchmarks gefunden${filter.length ? ` für „${filter.join(' ')}“` : ''}.`);
  process.exit(2);
}
const fehlgeschlagen: string[] = [];
for (const datei of dateien) {
  console.log(`\n=== ${datei} ===`);
  const beginn = performance.now();
  const code = await lauf(datei);
  const sekunden = ((performance.now() - beginn) / 1000).toFixed(1);
  console.log(`--- ${datei}: ${code === 0 ? 'fertig' : `Fehler (Exit-Code ${code})`} nach ${sekunden} s`);
  if (code !== 0) fehlgeschlagen.push(datei);
}
console.log(
  `\n${dateien.length - fehlgeschlagen.length} von ${dateien.length} Benchmarks gelaufen` +
    (fehlgeschlagen.length ? `; fehlgeschlagen: ${fehlgeschlagen.join(', ')}` : '.'),
);
process.exitCode = fehlgeschlagen.length ? 1 : 0;
