import { type Db, eigenePflicht } from '@hilfewerk/db';

/**
 * Duties the demo Leitungen set themselves (no contract names a supervision rhythm): KIJU's team supervision
 * every 6 weeks, next on 03.12.2026; Bremerhaven's external case supervision each quarter from 15.01.2026;
 * MuKi's monthly house meeting with the mothers from 30.09.2026.
 */
export async function ladeDemoEigenePflichten(
  tx: Db,
  org: (schluessel: string) => string,
  benutzer: (email: string) => string,
  d: (iso: string) => string,
): Promise<void> {
  await tx.insert(eigenePflicht).values([
    {
      organisationId: org('kiju'),
      titel: 'Teamsupervision',
      rhythmus: 'wochen',
      alleWochen: 6,
      erstmals: d('2026-10-22'),
      hinweis: 'Externe Supervisorin, Budget je VK laut Leistungsbeschreibung',
      erstelltVon: benutzer('leitung@kiju.demo'),
    },
    {
      organisationId: org('tbh'),
      titel: 'Fallsupervision (extern)',
      rhythmus: 'vierteljaehrlich',
      erstmals: d('2026-01-15'),
      erstelltVon: benutzer('leitung@traeger-bremerhaven.demo'),
    },
    {
      // MuKi's contract (Anlage D.8) sets no duty of the organisation with a date: its Leitung's own is its only one.
      organisationId: org('muki'),
      titel: 'Hausversammlung mit den Bewohnerinnen',
      rhythmus: 'monatlich',
      erstmals: d('2026-09-30'),
      hinweis: 'Beteiligung der Mütter an den Regeln des Hauses (Küchenzeiten, Besuche)',
      erstelltVon: benutzer('leitung@mukiberlin.demo'),
    },
  ]);
}
