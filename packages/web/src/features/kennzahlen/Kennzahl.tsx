import { Paper, Text } from '@mantine/core';
import type { Kennzahlen } from './api';

/** One figure with its definition and source, as the rules define it (the server sends both). */
export function Kennzahl({
  titel,
  wert,
  schluessel,
  k,
}: {
  titel: string;
  wert: string;
  schluessel: string;
  k: Kennzahlen;
}) {
  const d = k.definitionen.find((x) => x.schluessel === schluessel);
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {titel}
      </Text>
      <Text fw={700} size="xl">
        {wert}
      </Text>
      {d && (
        <>
          <Text size="xs">{d.definition}</Text>
          <Text size="xs" c="dimmed">
            Quelle: {d.quelle}
          </Text>
        </>
      )}
    </Paper>
  );
}

export const prozentText = (p: number | null) => (p === null ? '–' : `${p.toLocaleString('de-DE')} %`);
export const stundenText = (h: number) =>
  `${h.toLocaleString('de-DE', { minimumFractionDigits: 0, maximumFractionDigits: 2 })} Std.`;
