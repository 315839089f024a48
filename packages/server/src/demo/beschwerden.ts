import { beschwerde, type Db } from '@hilfewerk/db';
import { beschwerdeFristen } from '@hilfewerk/rules';

/** Complaints of the demo story (25.11.2026): one fresh, one overdue for an answer, one closed. */
const BESCHWERDEN = [
  {
    org: 'kiju',
    vorgangsnummer: 'B-K7QM-3XT9',
    quelle: 'oeffentlich' as const,
    eingegangenAm: '2026-11-23',
    text: 'Mein Betreuer sagt Termine oft kurzfristig ab. Ich möchte, dass das aufhört.',
    kontakt: null,
  },
  {
    org: 'kiju',
    vorgangsnummer: 'B-P4RW-8HZ2',
    quelle: 'extern' as const,
    eingegangenAm: '2026-10-20',
    text: 'Nachbarin beschwert sich über Lärm in der Wohngruppe nach 22 Uhr.',
    kontakt: 'Telefon 0202 555 0101',
    status: 'in_bearbeitung' as const,
    bestaetigtAm: '2026-10-22',
  },
  {
    org: 'tbh',
    vorgangsnummer: 'B-M2NA-6CVE',
    quelle: 'oeffentlich' as const,
    eingegangenAm: '2026-11-18',
    text: 'Ich habe seit zwei Wochen keinen Rückruf bekommen.',
    kontakt: 'mutter.b@example.org',
  },
  {
    org: 'muki',
    vorgangsnummer: 'B-R8TD-4KXF',
    quelle: 'adressat' as const,
    eingegangenAm: '2026-09-14',
    text: 'Bewohnerin beschwert sich über die Küchenzeiten am Wochenende.',
    kontakt: null,
    status: 'abgeschlossen' as const,
    bestaetigtAm: '2026-09-15',
    beantwortetAm: '2026-09-30',
    abgeschlossenAm: '2026-10-05',
    ergebnis: 'Küche ist am Wochenende jetzt bis 21 Uhr offen; im Hausrat besprochen.',
  },
];

export async function ladeDemoBeschwerden(
  tx: Db,
  org: (schluessel: string) => string,
  d: (iso: string) => string,
): Promise<void> {
  for (const { org: o, ...b } of BESCHWERDEN) {
    const eingang = d(b.eingegangenAm);
    await tx.insert(beschwerde).values({
      ...b,
      organisationId: org(o),
      eingegangenAm: eingang,
      ...beschwerdeFristen(eingang),
      bestaetigtAm: b.bestaetigtAm ? d(b.bestaetigtAm) : null,
      beantwortetAm: b.beantwortetAm ? d(b.beantwortetAm) : null,
      abgeschlossenAm: b.abgeschlossenAm ? d(b.abgeschlossenAm) : null,
    });
  }
}
