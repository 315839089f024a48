import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { LinkAnker } from '../../components/RouterLinks';
import { formatDatum } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { vignettenAbfrage } from './api';

/** The iefk's start page: the organisation's procedures, pseudonymised, those waiting for her advice first. */
export function BeratungPage() {
  useSeitentitel('Beratung nach § 8a');
  const abfrage = useQuery(vignettenAbfrage);
  return (
    <Stack gap="lg">
      <Title order={1}>Beratung nach § 8a SGB VIII</Title>
      <Text size="sm" c="dimmed">
        Sie sehen jedes Verfahren nur pseudonymisiert: ohne Namen, Geburtsdaten, Anschriften und Aktenzeichen.
      </Text>
      {abfrage.isPending && <Laden />}
      {abfrage.isError && <Ladefehler fehler={abfrage.error} />}
      {abfrage.data?.length === 0 && <Text c="dimmed">Derzeit wartet kein Verfahren auf Ihre Beratung.</Text>}
      {(abfrage.data?.length ?? 0) > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Verfahren</Table.Th>
              <Table.Th scope="col">Begonnen</Table.Th>
              <Table.Th scope="col">Stand</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(abfrage.data ?? []).map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>
                  <LinkAnker to="/kinderschutz/beratung/$verfahrenId" params={{ verfahrenId: v.id }}>
                    {v.person ?? 'Verfahren'}
                  </LinkAnker>
                </Table.Td>
                <Table.Td>{formatDatum(v.begonnenAm)}</Table.Td>
                <Table.Td>
                  {v.abgeschlossen ? (
                    <Badge color="gray">abgeschlossen</Badge>
                  ) : v.wartetAufBeratung ? (
                    <Badge color="red">wartet auf Beratung</Badge>
                  ) : (
                    <Badge color="blue">{v.beratungen} Beratung(en)</Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
