/**
 * Which kind of file an upload is, from its first bytes — never from its name or the browser's claim, which
 * anyone can change. Only the four kinds a case file needs are recognised; everything else is refused.
 */
export type Dateityp =
  | 'application/pdf'
  | 'image/jpeg'
  | 'image/png'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const beginntMit = (b: Uint8Array, kennung: readonly number[]) =>
  b.length >= kennung.length && kennung.every((z, i) => b[i] === z);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4

/**
 * A Word document is a ZIP archive; what makes it one is its main part `word/document.xml`. ZIP stores
 * entry names uncompressed (local headers and central directory), so the name is found in the bytes —
 * an ODT, XLSX or plain ZIP lacks it.
 */
function istDocx(b: Uint8Array): boolean {
  if (!beginntMit(b, ZIP)) return false;
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes('word/document.xml', 0, 'latin1');
}

export function erkenneDateityp(b: Uint8Array): Dateityp | null {
  if (beginntMit(b, PDF)) return 'application/pdf';
  if (beginntMit(b, JPEG)) return 'image/jpeg';
  if (beginntMit(b, PNG)) return 'image/png';
  if (istDocx(b)) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return null;
}
