import { DOKUMENT_MAX_BYTES } from '@hilfewerk/api';
import { erkenneDateityp } from '@hilfewerk/rules';
import { HttpFehler } from '../../../fehler.ts';

export const ZU_GROSS = `Die Datei ist zu groß. Erlaubt sind höchstens ${DOKUMENT_MAX_BYTES / (1024 * 1024)} MB.`;
export const FALSCHER_TYP =
  'Dieser Dateityp wird nicht angenommen. Erlaubt sind PDF, JPEG, PNG und Word-Dokumente (DOCX).';
export const KEINE_DATEI = 'Bitte wählen Sie eine Datei aus.';

/** The name as shown and sent back on download: no path, no control characters, not too long. */
export function dateiname(roh: string): string {
  const name = (roh.split(/[\\/]/).pop() ?? '')
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 200);
  return name || 'Dokument';
}

/**
 * Size and type of a non-empty upload, for case documents and organisation reports alike: over 10 MB is
 * 413, a type not recognised from the content (never the name or the browser's claim) 415.
 */
export function pruefeDatei(inhalt: Buffer): { mime: string } {
  if (inhalt.length > DOKUMENT_MAX_BYTES) throw new HttpFehler(413, ZU_GROSS);
  const mime = erkenneDateityp(inhalt);
  if (!mime) throw new HttpFehler(415, FALSCHER_TYP);
  return { mime };
}
