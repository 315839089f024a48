import { Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { faelleAbfrage } from '../../../api/abfragen';
import { Ladefehler } from '../../../components/Ladezustand';
import { LinkKnopf } from '../../../components/RouterLinks';
import { formatZahl } from '../../../lib/format';
import { useDarf } from '../../../lib/rechte';
import { useSeitentitel } from '../../../lib/seitentitel';
import type { FallSuche } from '../routen';
import { FallFilterLeiste } from './FallFilterLeiste';
import { FallTabelle } from './FallTabelle';

const PRO_SEITE = 50;
const route = getRouteApi('/app/faelle');

export function FalllistePage() {
  useSeitentitel('Fälle');
  const suche = route.useSearch();
  const navigate = route.useNavigate();
  const darf = useDarf();
  const seite = suche.seite ?? 1;
  const abfrage = useQuery(faelleAbfrage({ ...suche, seite, proSeite: PRO_SEITE }));

  // Changing a filter starts again on page 1; the address holds the filter so links and "back" work.
  const setzeFilter = (aenderung: Partial<FallSuche>) =>
    navigate({ search: (vorher) => ({ ...vorher, ...aenderung, seite: undefined }), replace: true });

  const gesamt = abfrage.data?.gesamtzahl ?? 0;
  const seiten = Math.max(1, Math.ceil(gesamt / PRO_SEITE));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Fälle</Title>
        {darf('fall', 'anlegen') && (
          <LinkKnopf to="/faelle/neu" leftSection={<IconPlus size={16} aria-hidden />}>
            Fall anlegen
          </LinkKnopf>
        )}
      </Group>
      <FallFilterLeiste suche={suche} onAendern={setzeFilter} />
      <Text role="status" aria-live="polite" size="sm">
        {abfrage.isPending
          ? 'Fälle werden geladen …'
          : `${formatZahl(gesamt)} ${gesamt === 1 ? 'Fall' : 'Fälle'} gefunden`}
      </Text>
      {abfrage.isError ? (
        <Ladefehler fehler={abfrage.error} />
      ) : (
        <FallTabelle faelle={abfrage.data?.eintraege ?? []} />
      )}
      {seiten > 1 && (
        <Pagination
          total={seiten}
          value={seite}
          onChange={(neu) =>
            navigate({ search: (vorher) => ({ ...vorher, seite: neu > 1 ? neu : undefined }) })
          }
        />
      )}
    </Stack>
  );
}
