import { describe, expect, it } from 'vitest';
import { erkenneDateityp } from './dateityp.ts';

const b = (...teile: (number[] | string)[]) =>
  Buffer.concat(teile.map((t) => (typeof t === 'string' ? Buffer.from(t, 'latin1') : Buffer.from(t))));

describe('erkenneDateityp', () => {
  it('recognises PDF, JPEG and PNG by their first bytes', () => {
    expect(erkenneDateityp(b('%PDF-1.4\n...'))).toBe('application/pdf');
    expect(erkenneDateityp(b([0xff, 0xd8, 0xff, 0xe0], 'JFIF'))).toBe('image/jpeg');
    expect(erkenneDateityp(b([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'))).toBe('image/png');
  });

  it('recognises a Word document by its main part, not any ZIP', () => {
    expect(erkenneDateityp(b('PK', [3, 4], '....[Content_Types].xml....word/document.xml'))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(erkenneDateityp(b('PK', [3, 4], '....xl/workbook.xml'))).toBeNull();
    // The name alone without the ZIP signature is not a Word document.
    expect(erkenneDateityp(b('word/document.xml'))).toBeNull();
  });

  it('refuses what only claims to be a PDF, and empty input', () => {
    expect(erkenneDateityp(b('<html>%PDF-'))).toBeNull();
    expect(erkenneDateityp(b('MZ'))).toBeNull();
    expect(erkenneDateityp(new Uint8Array())).toBeNull();
    expect(erkenneDateityp(b('%PD'))).toBeNull();
  });
});
