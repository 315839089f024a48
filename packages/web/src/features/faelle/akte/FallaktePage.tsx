import { Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { fallAbfrage } from '../../../api/abfragen';
import { Ladefehler, Laden } from '../../../components/Ladezustand';
import { LinkKnopf } from '../../../components/RouterLinks';
import { useDarf } from '../../../lib/rechte';
import { useSeitentitel } from '../../../lib/seitentitel';
import { DokumenteAbschnitt } from '../../dokumente/DokumenteAbschnitt';
import { KinderschutzAbschnitt } from '../../kinderschutz/KinderschutzAbschnitt';
import { VorkommnisAbschnitt } from '../../vorkommnisse/VorkommnisAbschnitt';
import { StatusBadge } from '../StatusBadge';
import { EreignisAbschnitt } from './EreignisAbschnitt';
import { FristenAbschnitt } from './FristenAbschnitt';
import { HilfenAbschnitt } from './HilfenAbschnitt';
import { LoeschsperreAbschnitt } from './LoeschsperreAbschnitt';
import { PersonenAbschnitt } from './PersonenAbschnitt';
import { TeamAbschnitt } from './TeamAbschnitt';

const route = getRouteApi('/app/faelle/$fallId');

export function FallaktePage() {
  const { fallId } = route.useParams();
  const abfrage = useQuery(fallAbfrage(fallId));
  const darf = useDarf();
  useSeitentitel(abfrage.data ? `Fall ${abfrage.data.aktenzeichen}` : 'Fallakte');

  if (abfrage.isPending) return <Laden />;
  if (abfrage.isError) {
    return (
      <Stack>
        <Title order={1}>Fallakte</Title>
        <Ladefehler fehler={abfrage.error} nichtGefunden="Fall nicht gefunden." />
      </Stack>
    );
  }
  const fall = abfrage.data;
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1}>Fall {fall.aktenzeichen}</Title>
            <StatusBadge status={fall.status} />
          </Group>
          <Text size="lg">{fall.bezeichnung}</Text>
        </Stack>
        {darf('fall', 'aendern') && (
          <LinkKnopf
            to="/faelle/$fallId/bearbeiten"
            params={{ fallId }}
            variant="default"
            leftSection={<IconPencil size={16} aria-hidden />}
          >
            Fall bearbeiten
          </LinkKnopf>
        )}
      </Group>
      <PersonenAbschnitt fallId={fallId} personen={fall.personen} />
      <HilfenAbschnitt fallId={fallId} hilfen={fall.hilfen} />
      <FristenAbschnitt fallId={fallId} />
      <EreignisAbschnitt fall={fall} />
      {darf('kinderschutz', 'lesen') && <KinderschutzAbschnitt fallId={fallId} />}
      {darf('vorkommnis', 'lesen') && <VorkommnisAbschnitt fallId={fallId} />}
      {darf('dokument', 'lesen') && <DokumenteAbschnitt fallId={fallId} />}
      <TeamAbschnitt fallId={fallId} team={fall.team} hilfen={fall.hilfen} />
      {darf('loeschsperre', 'lesen') && <LoeschsperreAbschnitt fallId={fallId} />}
    </Stack>
  );
}
