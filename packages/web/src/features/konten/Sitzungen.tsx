import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { setzeCsrfToken } from '../../api/client';
import { Ladefehler } from '../../components/Ladezustand';
import { formatZeitpunkt } from '../../lib/format';
import { meldeUeberallAb, sitzungenAbfrage } from './api';

/** The user's open sessions and "überall abmelden" (a lost phone, a shared computer). */
export function Sitzungen() {
  const abfrage = useQuery(sitzungenAbfrage);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const abmelden = useMutation({
    mutationFn: meldeUeberallAb,
    onSuccess: () => {
      setzeCsrfToken(null);
      queryClient.clear();
      void navigate({ to: '/anmelden', search: {} });
    },
  });
  return (
    <Stack component="section" aria-labelledby="sitzungen-titel" gap="sm">
      <Title order={2} id="sitzungen-titel">
        Angemeldete Geräte
      </Title>
      {abfrage.isError && <Ladefehler fehler={abfrage.error} />}
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Angemeldet seit</Table.Th>
            <Table.Th scope="col">Zuletzt aktiv</Table.Th>
            <Table.Th scope="col">Endet spätestens</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(abfrage.data ?? []).map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                {formatZeitpunkt(s.erstelltAm)} {s.aktuell && <Badge color="#1864ab">dieses Gerät</Badge>}
              </Table.Td>
              <Table.Td>{formatZeitpunkt(s.zuletztAktiv)}</Table.Td>
              <Table.Td>{formatZeitpunkt(s.ablauf)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm">
        „Überall abmelden“ beendet jede Anmeldung dieses Kontos, auch die auf diesem Gerät.
      </Text>
      <div>
        <Button variant="default" color="red" onClick={() => abmelden.mutate()} loading={abmelden.isPending}>
          Überall abmelden
        </Button>
      </div>
    </Stack>
  );
}
