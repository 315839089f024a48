import { anfrage, type Db, hilfeplanTermin, hilfeplanZiel } from '@hilfewerk/db';
import { sendeDemoBericht } from './bericht.ts';

export interface Nachschlagen {
  org: (schluessel: string) => string;
  benutzer: (email: string) => string;
  fall: (aktenzeichen: string) => { fallId: string; hilfeId: string };
  /** Moves a demo date on to the current month (verschiebung.ts). */
  datum: (iso: string) => string;
}

export const zeitpunkt = (tag: string, uhr = '09:30') => new Date(`${tag}T${uhr}:00Z`);

/**
 * The Jugendamt's side of the demo: open requests in Bremerhaven (child-protection relevant, Fachkraft
 * binding) and Wuppertal, one declined request, and two reports in the Bremerhaven ASD's Posteingang — the
 * Handlungsplan read, a report on a Nachbetreuung not yet — and the Hilfeplan of TBH-2026-001 with its goals and
 * the coming HPG (the same date the provider recorded, so the deadlines stay as they are).
 */
export async function ladeDemoJugendamt(tx: Db, n: Nachschlagen): Promise<void> {
  const asdBhv = n.benutzer('asd@jugendamt-bremerhaven.demo');
  const asdWup = n.benutzer('asd@jugendamt-wuppertal.demo');
  await tx.insert(anfrage).values([
    {
      organisationId: n.org('tbh'),
      jugendamtId: n.org('ja-bhv'),
      erstelltVon: asdBhv,
      leistung: 'bremerhaven-ambulant',
      variante: 'p31',
      vorname: 'Lina',
      nachname: 'Deichgraf',
      geburtsdatum: n.datum('2015-02-11'),
      beginn: n.datum('2026-12-07'),
      umfangStundenMonat: '6.00',
      empfehlung: 'fachkraft',
      kinderschutzrelevant: true,
      anlass:
        'Überforderung der alleinerziehenden Mutter nach Trennung, Schulabsentismus, Hinweise auf Vernachlässigung. ' +
        'Schutzvereinbarung im Hilfeplan.',
      aktenzeichenJugendamt: 'BHV-AfJ-2026-530',
      erstelltAm: zeitpunkt(n.datum('2026-11-23')),
    },
    {
      organisationId: n.org('tbh'),
      jugendamtId: n.org('ja-bhv'),
      erstelltVon: asdBhv,
      leistung: 'bremerhaven-ambulant',
      variante: 'p30-2',
      vorname: 'Tom',
      nachname: 'Kaje',
      geburtsdatum: n.datum('2010-09-03'),
      beginn: n.datum('2026-11-16'),
      empfehlung: 'semiprofessionell',
      anlass: 'Betreuungsweisung nach § 10 JGG; Begleitung zu Terminen.',
      status: 'abgesagt',
      absagegrund: 'Im Stadtteil Lehe ist derzeit niemand frei; ab Januar wieder möglich.',
      beantwortetAm: zeitpunkt(n.datum('2026-11-12')),
      beantwortetVon: n.benutzer('leitung@traeger-bremerhaven.demo'),
      erstelltAm: zeitpunkt(n.datum('2026-11-10')),
    },
    {
      organisationId: n.org('kiju'),
      jugendamtId: n.org('ja-wup'),
      erstelltVon: asdWup,
      leistung: 'kiju-nachbetreuung',
      variante: 'eigene-wohnung',
      vorname: 'Jonas',
      nachname: 'Talbrück',
      geburtsdatum: n.datum('2008-07-14'),
      beginn: n.datum('2026-12-01'),
      umfangStundenMonat: '8.00',
      anlass: 'Auszug aus der Jugendwohngruppe in die eigene Wohnung; Verselbständigung absichern.',
      aktenzeichenJugendamt: 'WUP-51-2026-1102',
      erstelltAm: zeitpunkt(n.datum('2026-11-24')),
    },
  ]);

  const berichte = [
    {
      fall: 'TBH-2026-001',
      art: 'handlungsplan' as const,
      gesendet: '2026-04-10',
      gelesen: '2026-04-13',
      inhalt: {
        ausgangslage:
          'Noah (13) lebt mit seiner Mutter in Geestemünde; häufige Konflikte, Schulverweigerung.',
        ziele: 'Regelmäßiger Schulbesuch; Konflikte zu Hause ohne Eskalation lösen.',
        massnahmen: 'Wöchentliche Termine mit Noah, monatlich gemeinsames Gespräch mit der Mutter.',
      },
    },
    {
      fall: 'TBH-NB-2026-001',
      art: 'entwicklungsbericht' as const,
      gesendet: '2026-11-20',
      gelesen: null,
      inhalt: {
        verlauf:
          'Ben hat die eigene Wohnung bezogen, Haushalt und Post regelt er inzwischen weitgehend allein.',
        ausblick: 'Abschluss der Nachbetreuung zum geplanten Ende empfohlen.',
      },
    },
  ];
  const absender = { id: n.benutzer('fachkraft@traeger-bremerhaven.demo'), name: 'Frieda Fischer' };
  for (const b of berichte) {
    await sendeDemoBericht(tx, {
      organisationId: n.org('tbh'),
      ...n.fall(b.fall),
      art: b.art,
      inhalt: b.inhalt,
      absender,
      gesendetAm: zeitpunkt(n.datum(b.gesendet), '11:00'),
      gelesen: b.gelesen ? { am: zeitpunkt(n.datum(b.gelesen), '14:00'), von: asdBhv } : null,
      // Bremerhaven's case timelines stay as they were: the Handlungsplan's sending is already among the
      // case's own events (FAELLE), which also meet its deadline.
      mitEreignis: false,
    });
  }

  const { fallId, hilfeId } = n.fall('TBH-2026-001');
  const basis = {
    organisationId: n.org('tbh'),
    jugendamtId: n.org('ja-bhv'),
    fallId,
    hilfeId,
    erstelltVon: asdBhv,
  };
  await tx
    .insert(hilfeplanTermin)
    .values({ ...basis, datum: n.datum('2026-12-15'), bekanntSeit: n.datum('2026-09-01') });
  const schule = crypto.randomUUID();
  await tx.insert(hilfeplanZiel).values([
    { ...basis, id: schule, text: 'Noah besucht die Schule regelmäßig.' },
    { ...basis, oberzielId: schule, text: 'Noah steht mit dem Wecker selbst auf.' },
    { ...basis, text: 'Konflikte zu Hause werden ohne Eskalation gelöst.' },
  ]);
}
