import type { FastifyRequest } from 'fastify';
import { HttpFehler, Ungueltig } from '../../fehler.ts';
import { ZU_GROSS } from '../../use-cases/dokumente/intern/pruefe-datei.ts';

/** A multipart form as read: its text fields and the one file `datei`, absent when none was sent. */
export interface Formular {
  felder: Record<string, string>;
  datei?: { name: string; inhalt: Buffer };
}

/**
 * Reads a multipart form with one file `datei` (case documents, organisation reports). Sizes are counted while
 * reading; the plugin stops at the limit (app.ts), which becomes 413 here. A request without multipart is one
 * without file.
 */
export async function liesFormular(req: FastifyRequest): Promise<Formular> {
  const formular: Formular = { felder: {} };
  if (!req.isMultipart()) return formular;
  const { RequestFileTooLargeError, FilesLimitError } = req.server.multipartErrors;
  try {
    for await (const teil of req.parts()) {
      if (teil.type === 'file') {
        const inhalt = await teil.toBuffer();
        if (teil.fieldname === 'datei') formular.datei = { name: teil.filename, inhalt };
      } else {
        formular.felder[teil.fieldname] = String(teil.value);
      }
    }
  } catch (e) {
    if (e instanceof RequestFileTooLargeError) throw new HttpFehler(413, ZU_GROSS);
    if (e instanceof FilesLimitError)
      throw new Ungueltig({ datei: 'Bitte laden Sie nur eine Datei auf einmal hoch.' });
    throw e;
  }
  return formular;
}

/** Content-Disposition of a download: an ASCII stand-in in `filename`, the exact name in `filename*`. */
export function anhang(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
