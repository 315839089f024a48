import { List, Text } from '@mantine/core';
import { formatDatum } from '../../lib/format';
import { EINSCHAETZUNGEN, ERGEBNISSE } from './api';

const BESCHRIFTUNG: Record<string, string> = {
  beteiligte: 'Beteiligte',
  einschaetzung: 'Einschätzung',
  begruendung: 'Begründung',
  beraterin: 'Beratung durch',
  empfehlung: 'Empfehlung',
  sorgeberechtigte: 'Sorgeberechtigte einbezogen',
  kind: 'Kind einbezogen',
  ergebnis: 'Ergebnis',
  unterbliebenGrund: 'Grund für das Unterbleiben',
  vereinbarungen: 'Vereinbarungen',
  ueberpruefungAm: 'Überprüfung am',
  gefaehrdung: 'Gefährdung',
  bisherigeMassnahmen: 'Bisherige Maßnahmen',
  sorgeberechtigteInformiert: 'Sorgeberechtigte informiert',
  ansprechperson: 'Ansprechperson',
};

function wert(schluessel: string, w: unknown): string {
  if (typeof w === 'boolean') return w ? 'ja' : 'nein';
  if (Array.isArray(w)) {
    return w
      .map((x) =>
        typeof x === 'object' && x !== null
          ? `${(x as { was: string }).was} – ${(x as { wer: string }).wer}, bis ${formatDatum((x as { bis: string }).bis)}`
          : String(x),
      )
      .join('; ');
  }
  if (schluessel === 'einschaetzung') return EINSCHAETZUNGEN[String(w)] ?? String(w);
  if (schluessel === 'ergebnis' && String(w) in ERGEBNISSE) return ERGEBNISSE[String(w)];
  if (schluessel === 'ueberpruefungAm') return formatDatum(String(w));
  return String(w);
}

/** A recorded step's content, field by field, in German. */
export function SchrittInhalt({ inhalt }: { inhalt: Record<string, unknown> }) {
  return (
    <List size="sm" listStyleType="none" spacing={2}>
      {Object.entries(inhalt)
        .filter(([, w]) => w !== undefined && w !== null && w !== '')
        .map(([k, w]) => (
          <List.Item key={k}>
            <Text span fw={600} size="sm">
              {BESCHRIFTUNG[k] ?? k}:
            </Text>{' '}
            <Text span size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {wert(k, w)}
            </Text>
          </List.Item>
        ))}
    </List>
  );
}
