import { Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconSettings } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { Frist } from '../../api/fristen';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { LinkKnopf } from '../../components/RouterLinks';
import { formatDatum } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { meineFristenAbfrage } from './abfragen';
import { FristenTabelle } from './FristenTabelle';

function Gruppe({ id, titel, fristen, leer }: { id: string; titel: string; fristen: Frist[]; leer: string }) {
  return (
    <Stack component="section" aria-labelledby={id} gap="xs">
      <Title order={2} id={id}>
        {titel} ({fristen.length})
      </Title>
      {fristen.length === 0 ? <Text>{leer}</Text> : <FristenTabelle fristen={fristen} beschriftung={titel} />}
    </Stack>
  );
}

/** A Fachkraft's start page: the open deadlines of their cases — overdue, this week, the next four weeks. */
export function MeineFristenPage() {
  useSeitentitel('Meine Fristen');
  const abfrage = useQuery(meineFristenAbfrage);
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>Meine Fristen</Title>
          <Text c="dimmed">
            Offene Fristen der Fälle, in deren Team Sie sind
            {abfrage.data ? `, Stand ${formatDatum(abfrage.data.heute)}` : ''}.
          </Text>
        </Stack>
        <Group gap="xs">
          <LinkKnopf
            to="/fristenkalender"
            variant="default"
            leftSection={<IconCalendarEvent size={16} aria-hidden />}
          >
            Kalender
          </LinkKnopf>
          <LinkKnopf
            to="/einstellungen/fristen"
            variant="default"
            leftSection={<IconSettings size={16} aria-hidden />}
          >
            Erinnerungen und Abo
          </LinkKnopf>
        </Group>
      </Group>
      {abfrage.isPending ? (
        <Laden />
      ) : abfrage.isError ? (
        <Ladefehler fehler={abfrage.error} />
      ) : (
        <>
          <Gruppe
            id="ueberfaellig"
            titel="Überfällig"
            fristen={abfrage.data.ueberfaellig}
            leer="Keine überfälligen Fristen."
          />
          <Gruppe
            id="diese-woche"
            titel="Diese Woche"
            fristen={abfrage.data.dieseWoche}
            leer="Diese Woche ist nichts fällig."
          />
          <Gruppe
            id="naechste-wochen"
            titel="Nächste vier Wochen"
            fristen={abfrage.data.naechsteVierWochen}
            leer="In den nächsten vier Wochen ist nichts fällig."
          />
          {abfrage.data.ohneDatum.length > 0 && (
            <Gruppe id="ohne-datum" titel="Ohne Datum" fristen={abfrage.data.ohneDatum} leer="" />
          )}
        </>
      )}
    </Stack>
  );
}
