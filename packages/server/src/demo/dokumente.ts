import { type Db, dokument, fall } from '@hilfewerk/db';
import { asc, eq } from 'drizzle-orm';

/**
 * A real, one-page PDF with one line of text, built with correct cross-reference offsets so viewers open
 * it without repair. Small enough to live in the demo data; the tests upload it as well.
 */
export function kleinesPdf(text: string): Buffer {
  const sicher = text.replace(/[\\()]/g, (z) => `\\${z}`);
  const inhalt = `BT /F1 14 Tf 72 770 Td (${sicher}) Tj ET`;
  const objekte = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${inhalt.length} >>\nstream\n${inhalt}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const versatz: number[] = [];
  objekte.forEach((o, i) => {
    versatz.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objekte.length + 1}\n0000000000 65535 f \n`;
  for (const v of versatz) pdf += `${String(v).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objekte.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** One document per demo provider on its first case: the case file shows the section filled. */
export async function ladeDemoDokumente(
  tx: Db,
  org: (schluessel: string) => string,
  benutzer: (email: string) => string,
): Promise<void> {
  for (const [o, leitung] of [
    ['kiju', 'leitung@kiju.demo'],
    ['tbh', 'leitung@traeger-bremerhaven.demo'],
  ] as const) {
    const organisationId = org(o);
    const [erster] = await tx
      .select({ id: fall.id })
      .from(fall)
      .where(eq(fall.organisationId, organisationId))
      .orderBy(asc(fall.aktenzeichen))
      .limit(1);
    if (!erster) continue;
    const inhalt = kleinesPdf('Bewilligungsbescheid (Demo)');
    await tx.insert(dokument).values({
      organisationId,
      fallId: erster.id,
      name: 'Bewilligungsbescheid.pdf',
      art: 'bescheid',
      mime: 'application/pdf',
      groesse: inhalt.length,
      inhalt,
      hochgeladenVon: benutzer(leitung),
    });
  }
}
