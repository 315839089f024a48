import type { Db } from '@hilfewerk/db';
import { sendeDemoBericht } from './bericht.ts';
import { type Nachschlagen, zeitpunkt } from './jugendamt.ts';

/**
 * Jugendamt Berlin-Mitte's ASD starts on its Posteingang too: MuKi's development report on Hanna Spree and
 * her son, sent a fortnight before the demo's day and not yet read. (D.8 sets no report deadline it meets.)
 */
export async function ladeDemoJugendamtBerlin(tx: Db, n: Nachschlagen): Promise<void> {
  await sendeDemoBericht(tx, {
    organisationId: n.org('muki'),
    ...n.fall('MUKI-2026-001'),
    art: 'entwicklungsbericht',
    inhalt: {
      verlauf:
        'Hanna versorgt Luis sicher und nimmt die Gruppenangebote an. ' +
        'Die Tagesstruktur mit Kita-Eingewöhnung ab Januar ist vorbereitet.',
      ausblick: 'Fortsetzung bis zum geplanten Ende; Wechsel in das Einzelwohnen im Frühjahr prüfen.',
    },
    absender: { id: n.benutzer('fachkraft@mukiberlin.demo'), name: 'Mira Mertens' },
    gesendetAm: zeitpunkt(n.datum('2026-11-11'), '13:20'),
    gelesen: null,
    mitEreignis: true,
  });
}
