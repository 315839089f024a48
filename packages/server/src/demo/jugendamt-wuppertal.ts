import { type Db, hilfeplanTermin, hilfeplanZiel } from '@hilfewerk/db';
import { sendeDemoBericht } from './bericht.ts';
import { type Nachschlagen, zeitpunkt } from './jugendamt.ts';

/**
 * Jugendamt Wuppertal's side of the demo (25.11.2026), the same story as Bremerhaven's: besides the open
 * request (jugendamt.ts), the Hilfeplan of KIJU-2026-001 with goals, a sub-goal and the coming HPG on
 * 10.12. (the date KIJU recorded, so its „Bericht vor dem HPG“ stays due on 26.11.), and two reports in the
 * ASD's Posteingang — Aylin Probe's development report read in September, Lina Muster's after the crisis
 * of 09.11. not yet.
 */
export async function ladeDemoJugendamtWuppertal(tx: Db, n: Nachschlagen): Promise<void> {
  const asd = n.benutzer('asd@jugendamt-wuppertal.demo');
  const absender = { id: n.benutzer('fachkraft@kiju.demo'), name: 'Finn Fachmann' };
  const berichte = [
    {
      fall: 'KIJU-2026-003',
      gesendet: '2026-09-15',
      gelesen: '2026-09-17',
      inhalt: {
        verlauf:
          'Aylin versorgt Mia zuverlässig; Kinderarzttermine und U-Untersuchungen nimmt sie selbst wahr. ' +
          'Den Antrag auf Kindergeld hat sie mit Unterstützung gestellt.',
        ausblick: 'Abschlussgespräch zum geplanten Ende im November; Anbindung an das Familienzentrum.',
      },
    },
    {
      fall: 'KIJU-2026-002',
      gesendet: '2026-11-20',
      gelesen: null,
      inhalt: {
        verlauf:
          'Nach dem Konflikt mit dem Vater am 09.11. gab es ein Klärungsgespräch; Lina wohnt weiter zu Hause. ' +
          'Die Absprachen zu Ausgehzeiten werden seitdem eingehalten.',
        ausblick:
          'Engmaschigere Termine bis Jahresende; Abstimmung mit dem ASD vor dem nächsten HPG erbeten.',
      },
    },
  ];
  for (const b of berichte) {
    await sendeDemoBericht(tx, {
      organisationId: n.org('kiju'),
      ...n.fall(b.fall),
      art: 'entwicklungsbericht',
      inhalt: b.inhalt,
      absender,
      gesendetAm: zeitpunkt(n.datum(b.gesendet), '10:15'),
      gelesen: b.gelesen ? { am: zeitpunkt(n.datum(b.gelesen), '08:45'), von: asd } : null,
      mitEreignis: true,
    });
  }

  const { fallId, hilfeId } = n.fall('KIJU-2026-001');
  const basis = {
    organisationId: n.org('kiju'),
    jugendamtId: n.org('ja-wup'),
    fallId,
    hilfeId,
    erstelltVon: asd,
  };
  await tx
    .insert(hilfeplanTermin)
    .values({ ...basis, datum: n.datum('2026-12-10'), bekanntSeit: n.datum('2026-10-01') });
  const haushalt = crypto.randomUUID();
  await tx.insert(hilfeplanZiel).values([
    { ...basis, id: haushalt, text: 'Jonas führt seinen Haushalt in der eigenen Wohnung selbständig.' },
    { ...basis, oberzielId: haushalt, text: 'Jonas plant seinen Wocheneinkauf mit einem festen Budget.' },
    { ...basis, oberzielId: haushalt, text: 'Jonas öffnet seine Post und legt Fristen in einen Kalender.' },
    { ...basis, text: 'Jonas beginnt zum Schuljahr 2027/28 eine Ausbildung.' },
  ]);
}
