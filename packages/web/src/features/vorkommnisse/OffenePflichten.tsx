import { PFLICHT_STATUS_TEXT } from '@hilfewerk/api';
import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Ladefehler } from '../../components/Ladezustand';
import { LinkAnker } from '../../components/RouterLinks';
import { formatDatum } from '../../lib/format';
import { offenePflichtenAbfrage } from './api';

/** Beside the § 8a overview: every duty from crises and Vorkommnisse not yet done, earliest due first. */
export function OffenePflichten() {
  const abfrage = useQuery(offenePflichtenAbfrage);
  return (
    <Stack component="section" aria-labelledby="offene-pflichten-titel" gap="sm">
      <Title order={2} id="offene-pflichten-titel">
        Offene Pflichten aus Krisen und Vorkommnissen
      </Title>
      {abfrage.isError && <Ladefehler fehler={abfrage.error} />}
      {abfrage.data?.length === 0 && <Text c="dimmed">Keine offene Pflicht.</Text>}
      {(abfrage.data?.length ?? 0) > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Fall</Table.Th>
                <Table.Th scope="col">Vorkommnis</Table.Th>
                <Table.Th scope="col">Pflicht</Table.Th>
                <Table.Th scope="col">Fällig</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(abfrage.data ?? []).map((p) => (
                <Table.Tr key={`${p.vorkommnisId}-${p.art}`}>
                  <Table.Td>
                    <LinkAnker to="/faelle/$fallId" params={{ fallId: p.fallId }}>
                      {p.aktenzeichen}
                    </LinkAnker>
                  </Table.Td>
                  <Table.Td>
                    {p.vorkommnis} am {formatDatum(p.datum)}
                  </Table.Td>
                  <Table.Td>{p.titel}</Table.Td>
                  <Table.Td>
                    {formatDatum(p.faelligAm)}{' '}
                    <Badge color={p.status === 'ueberfaellig' ? 'red' : 'orange'}>
                      {PFLICHT_STATUS_TEXT[p.status]}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
