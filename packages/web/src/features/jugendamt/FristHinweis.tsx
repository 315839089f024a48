import type { GewaehrteHilfe } from '@hilfewerk/api';
import { Badge, Group, Text } from '@mantine/core';
import { formatDatum } from '../../lib/format';

type Frist = NonNullable<GewaehrteHilfe['naechsteFrist']>;

/** A deadline owed to the Jugendamt: date and title; overdue said in words, not colour alone (WCAG 1.4.1). */
export function FristHinweis({ f }: { f: Frist }) {
  return (
    <Group gap={6} wrap="nowrap">
      {f.ueberfaellig && (
        <Badge color="red.9" variant="filled">
          überfällig
        </Badge>
      )}
      <Text size="sm" fw={f.ueberfaellig ? 700 : undefined}>
        {f.faellig ? formatDatum(f.faellig) : 'ohne Datum'} – {f.bezeichnung}
      </Text>
    </Group>
  );
}
