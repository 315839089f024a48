import type { beschwerde } from '@hilfewerk/db';

type Zeile = typeof beschwerde.$inferSelect;

/**
 * A complaint as Leitung sees it, with what is overdue on `heute`: the acknowledgement while it is still
 * `eingegangen`, the answer until it is answered.
 */
export function beschwerdeDto(b: Zeile, heute: string) {
  const offen = b.status === 'eingegangen' || b.status === 'in_bearbeitung';
  return {
    id: b.id,
    vorgangsnummer: b.vorgangsnummer,
    quelle: b.quelle,
    text: b.text,
    kontakt: b.kontakt,
    status: b.status,
    eingegangenAm: b.eingegangenAm,
    bestaetigungFaellig: b.bestaetigungFaellig,
    antwortFaellig: b.antwortFaellig,
    bestaetigtAm: b.bestaetigtAm,
    beantwortetAm: b.beantwortetAm,
    abgeschlossenAm: b.abgeschlossenAm,
    ergebnis: b.ergebnis,
    bestaetigungUeberfaellig: b.status === 'eingegangen' && b.bestaetigungFaellig < heute,
    antwortUeberfaellig: offen && b.antwortFaellig < heute,
  };
}
