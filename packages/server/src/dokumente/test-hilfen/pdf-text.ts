import { execFileSync } from 'node:child_process';

/**
 * Text of a PDF via poppler's `pdftotext` (Debian package poppler-utils), with the
 * layout kept so a table row stays on one line.
 */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
}

/** Page count from `pdfinfo`. */
export function pdfSeiten(pdf: Buffer): number {
  const info = execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8');
  const treffer = /^Pages:\s+(\d+)/m.exec(info);
  if (!treffer) throw new Error('pdfinfo nannte keine Seitenzahl');
  return Number(treffer[1]);
}
