import { createRequire } from 'node:module';
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * One pdfmake instance for all documents. Fonts are the Roboto files pdfmake ships, so
 * umlauts and "€" render without system fonts; local file access is limited to that
 * folder, so no value in a document definition can make pdfmake read other files.
 */

const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setLocalAccessPolicy(policy: (pfad: string) => boolean): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
};

const schriftOrdner = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

pdfmake.setFonts({
  Roboto: {
    normal: path.join(schriftOrdner, 'Roboto-Regular.ttf'),
    bold: path.join(schriftOrdner, 'Roboto-Medium.ttf'),
    italics: path.join(schriftOrdner, 'Roboto-Italic.ttf'),
    bolditalics: path.join(schriftOrdner, 'Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setLocalAccessPolicy((pfad) => path.resolve(pfad).startsWith(schriftOrdner + path.sep));
pdfmake.setUrlAccessPolicy(() => false);

/** Renders a document definition to PDF bytes. */
export function renderePdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(doc).getBuffer();
}

/** Footer used by every document: document label and version left, "Seite x von y" right. */
export function fusszeile(links: string, rand = 40) {
  return (aktuelleSeite: number, seitenzahl: number) => ({
    columns: [
      { text: links, fontSize: 7, color: '#555555' },
      {
        text: `Seite ${aktuelleSeite} von ${seitenzahl}`,
        fontSize: 7,
        alignment: 'right' as const,
        color: '#555555',
      },
    ],
    margin: [rand, 10, rand, 0] as [number, number, number, number],
  });
}
