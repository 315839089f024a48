import { List, Text } from '@mantine/core';
import { formatDatum } from '../../lib/format';

type Wert = string | number | boolean | null;
type Werte = Record<string, { alt: Wert; neu: Wert }>;

const ISO_TAG = /^\d{4}-\d{2}-\d{2}$/;

/** A stored value as the Protokoll shows it: dates TT.MM.JJJJ, yes/no, "leer" for nothing. */
function alsText(w: Wert): string {
  if (w === null || w === '') return 'leer';
  if (typeof w === 'boolean') return w ? 'ja' : 'nein';
  if (typeof w === 'string' && ISO_TAG.test(w)) return formatDatum(w);
  return String(w);
}

/** The `werte` of a change row, if there are any; older rows and other events carry none. */
export function werteAus(details: unknown): Werte | null {
  if (!details || typeof details !== 'object' || !('werte' in details)) return null;
  const werte = (details as { werte: unknown }).werte;
  return werte && typeof werte === 'object' && Object.keys(werte).length > 0 ? (werte as Werte) : null;
}

/** "Feld: alt → neu" per changed field; masked values arrive masked ("••• (geändert)") from the server. */
export function AuditWerte({ details }: { details: unknown }) {
  const werte = werteAus(details);
  if (!werte) return <Text size="sm">–</Text>;
  return (
    <List size="sm" listStyleType="none" spacing={2}>
      {Object.entries(werte).map(([feld, { alt, neu }]) => (
        <List.Item key={feld}>
          {feld}: {alsText(alt)} → {alsText(neu)}
        </List.Item>
      ))}
    </List>
  );
}
