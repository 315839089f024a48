import { beschwerde, type Db } from '@hilfewerk/db';
import { beschwerdeFristen } from '@hilfewerk/rules';
import { KONTEN } from './daten.ts';

/**
 * Complaints of the demo story (25.11.2026), each organisation with one that has a responsible person: at KIJU
 * a fresh one nobody has taken on yet, the neighbour's complaint Finn Fachmann handles whose answer is overdue
 * (due 17.11.), and a closed one with its outcome; at Bremerhaven a complaint Lars Lotse took on but has not
 * confirmed within the week (due 23.11.); at MuKi a closed one.
 */
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
    verantwortlich: 'fachkraft@kiju.demo',
  },
  {
    org: 'kiju',
    vorgangsnummer: 'B-H3LW-9DQN',
    quelle: 'adressat' as const,
    eingegangenAm: '2026-08-11',
    text: 'Ich bekomme meine Post vom Träger immer erst, wenn die Frist schon fast vorbei ist.',
    kontakt: null,
    status: 'abgeschlossen' as const,
    bestaetigtAm: '2026-08-12',
    beantwortetAm: '2026-08-27',
    abgeschlossenAm: '2026-09-02',
    ergebnis:
      'Schreiben gehen jetzt am Tag des Eingangs per Nachricht an die Jugendlichen; im Team besprochen.',
    verantwortlich: 'leitung@kiju.demo',
  },
  {
    org: 'tbh',
    vorgangsnummer: 'B-M2NA-6CVE',
    quelle: 'oeffentlich' as const,
    eingegangenAm: '2026-11-16',
    text: 'Ich habe seit zwei Wochen keinen Rückruf bekommen.',
    kontakt: 'mutter.b@example.org',
    verantwortlich: 'leitung@traeger-bremerhaven.demo',
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
    verantwortlich: 'leitung@mukiberlin.demo',
  },
];

type Beschwerde = (typeof BESCHWERDEN)[number] & {
  verantwortlich?: string;
  bestaetigtAm?: string;
  beantwortetAm?: string;
  abgeschlossenAm?: string;
};

export async function ladeDemoBeschwerden(
  tx: Db,
  org: (schluessel: string) => string,
  benutzer: (email: string) => string,
  d: (iso: string) => string,
): Promise<void> {
  for (const { org: o, verantwortlich, ...b } of BESCHWERDEN as Beschwerde[]) {
    // A person of the same organisation, as setze-beschwerde-verantwortlich.ts requires.
    if (verantwortlich && KONTEN.find((k) => k.email === verantwortlich)?.org !== o) {
      throw new Error(`Demodaten: ${verantwortlich} gehört nicht zu ${o}`);
    }
    const eingang = d(b.eingegangenAm);
    await tx.insert(beschwerde).values({
      ...b,
      organisationId: org(o),
      eingegangenAm: eingang,
      ...beschwerdeFristen(eingang),
      bestaetigtAm: b.bestaetigtAm ? d(b.bestaetigtAm) : null,
      beantwortetAm: b.beantwortetAm ? d(b.beantwortetAm) : null,
      abgeschlossenAm: b.abgeschlossenAm ? d(b.abgeschlossenAm) : null,
      verantwortlichId: verantwortlich ? benutzer(verantwortlich) : null,
    });
  }
}
