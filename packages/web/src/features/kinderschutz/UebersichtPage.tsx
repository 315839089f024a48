import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { LinkAnker } from '../../components/RouterLinks';
import { heuteIso } from '../../lib/datumseingabe';
import { formatDatum } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { OffenePflichten } from '../vorkommnisse/OffenePflichten';
import { verfahrenListeAbfrage } from './api';

/** Leitung (and Fachkräfte, for their team's cases): open § 8a procedures with their next step and review. */
export function UebersichtPage() {
  useSeitentitel('Kinderschutz');
  const abfrage = useQuery(verfahrenListeAbfrage);
  const heute = heuteIso();
  return (
    <Stack gap="lg">
      <Title order={1}>Kinderschutz (§ 8a SGB VIII)</Title>
      <Text size="sm" c="dimmed">
        Ein Verfahren beginnt in der Fallakte mit den gewichtigen Anhaltspunkten. Hier stehen alle Verfahren,
        die Sie sehen dürfen, offene zuerst.
      </Text>
      {abfrage.isPending && <Laden />}
      {abfrage.isError && <Ladefehler fehler={abfrage.error} />}
      {abfrage.data?.length === 0 && <Text c="dimmed">Kein Verfahren.</Text>}
      {(abfrage.data?.length ?? 0) > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Fall</Table.Th>
                <Table.Th scope="col">Begonnen</Table.Th>
                <Table.Th scope="col">Schritte</Table.Th>
                <Table.Th scope="col">Nächster Schritt</Table.Th>
                <Table.Th scope="col">Überprüfung</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(abfrage.data ?? []).map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td>
                    <LinkAnker to="/kinderschutz/$verfahrenId" params={{ verfahrenId: v.id }}>
                      {v.aktenzeichen}
                    </LinkAnker>
                  </Table.Td>
                  <Table.Td>{formatDatum(v.begonnenAm)}</Table.Td>
                  <Table.Td>{v.schritte}</Table.Td>
                  <Table.Td>
                    {v.abgeschlossenAm ? (
                      <Badge color="gray">abgeschlossen {formatDatum(v.abgeschlossenAm)}</Badge>
                    ) : (
                      v.naechsterSchrittTitel
                    )}
                  </Table.Td>
                  <Table.Td>
                    {v.ueberpruefungAm && (
                      <Text
                        size="sm"
                        c={v.ueberpruefungAm < heute ? 'red' : undefined}
                        fw={v.ueberpruefungAm < heute ? 700 : undefined}
                      >
                        {formatDatum(v.ueberpruefungAm)}
                        {v.ueberpruefungAm < heute && ' (überfällig)'}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <OffenePflichten />
    </Stack>
  );
}
