import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { LinkAnker } from '../../components/RouterLinks';
import { formatBetrag, formatDatum } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { traegerbudgetsAbfrage } from './api';

/**
 * The Fachcontrolling's start: the Trägerbudgets its Jugendamt agreed with providers. Each leads to the
 * hours per quarter against the plan — sums only, no case and no person (the role reads no case data).
 */
export function TraegerbudgetsPage() {
  useSeitentitel('Trägerbudgets');
  const abfrage = useQuery(traegerbudgetsAbfrage);
  return (
    <Stack gap="lg">
      <Title order={1}>Trägerbudgets</Title>
      <Text>
        Mit Trägern vereinbarte Budgets und ihr Stundencontrolling: erbrachte direkte Stunden je Quartal gegen
        den Plan, Raten und Nachverhandlung — als Grundlage für den Bericht an Dezernat und Steuerung und für
        den Qualitätsdialog.
      </Text>
      {abfrage.isPending ? (
        <Laden />
      ) : abfrage.isError ? (
        <Ladefehler fehler={abfrage.error} />
      ) : abfrage.data.length === 0 ? (
        // The Fachcontrolling starts here: without a budget, it says where its other work is.
        <Stack gap="xs">
          <Text>Ihr Jugendamt hat mit keinem Träger ein Trägerbudget vereinbart.</Text>
          <Text>
            Die Zahlen der Träger, deren Hilfen Ihr Jugendamt bewilligt hat, stehen unter{' '}
            <LinkAnker to="/traeger-kennzahlen">Kennzahlen der Träger</LinkAnker>.
          </Text>
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Träger</Table.Th>
                <Table.Th scope="col">Vereinbarung</Table.Th>
                <Table.Th scope="col">Laufzeit</Table.Th>
                <Table.Th scope="col" ta="right">
                  Gesamtbudget
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {abfrage.data.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Th scope="row">
                    <LinkAnker to="/traegerbudgets/$budgetId" params={{ budgetId: b.id }}>
                      {b.traeger.name}
                    </LinkAnker>
                  </Table.Th>
                  <Table.Td>{b.bezeichnung}</Table.Td>
                  <Table.Td>
                    {formatDatum(b.beginn)} – {formatDatum(b.ende)}
                  </Table.Td>
                  <Table.Td ta="right">{formatBetrag(b.gesamtbudget)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
