import { Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { gesundheitAbfrage } from '../../api/abfragen';

/** Nobody may mistake the demo for production and type real social data into it. */
export function DemoBanner() {
  const { data } = useQuery(gesundheitAbfrage);
  if (!data?.demo) return null;
  return (
    <Group
      className="demo-banner"
      role="note"
      aria-label="Demo-Hinweis"
      gap="xs"
      px="md"
      py={6}
      wrap="nowrap"
    >
      <IconAlertTriangle size={18} aria-hidden />
      {/* The header reserves one line for the banner: on a phone the short text keeps it to one. */}
      <Text size="sm" fw={700} visibleFrom="sm">
        DEMO – Übungsumgebung mit erfundenen Daten. Bitte keine echten Sozialdaten eingeben.
      </Text>
      <Text size="sm" fw={700} hiddenFrom="sm">
        DEMO – keine echten Daten eingeben
      </Text>
    </Group>
  );
}
