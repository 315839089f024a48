import { Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { sitzungAbfrage } from '../../api/abfragen';
import { benutzerRolle } from '../../lib/beschriftungen';
import { useSeitentitel } from '../../lib/seitentitel';
import { PasswortFormular } from './PasswortFormular';
import { Sitzungen } from './Sitzungen';

/** The user's own account: who Hilfewerk knows them as, and their password. */
export function KontoPage() {
  useSeitentitel('Mein Konto');
  const { data: sitzung } = useQuery(sitzungAbfrage);
  const queryClient = useQueryClient();
  if (!sitzung) return null;
  return (
    <Stack gap="xl" maw={560}>
      <Title order={1}>Mein Konto</Title>
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={180}>Name</Table.Th>
            <Table.Td>{sitzung.benutzer.name}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>E-Mail-Adresse</Table.Th>
            <Table.Td>{sitzung.benutzer.email}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Rolle</Table.Th>
            <Table.Td>{benutzerRolle(sitzung.benutzer.rolle)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Organisation</Table.Th>
            <Table.Td>{sitzung.organisation.name}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Text size="sm">Name, Rolle und E-Mail-Adresse ändert die Administration Ihrer Organisation.</Text>
      <Stack component="section" aria-labelledby="passwort-titel" gap="sm">
        <Title order={2} id="passwort-titel">
          Passwort ändern
        </Title>
        <Text size="sm">
          Nach der Änderung endet jede andere Anmeldung dieses Kontos, etwa auf einem anderen Gerät.
        </Text>
        <PasswortFormular
          altesLabel="Bisheriges Passwort"
          knopf="Passwort ändern"
          onGeaendert={() => {
            notifications.show({ color: 'green', message: 'Ihr Passwort wurde geändert.' });
            // The other sessions have ended.
            void queryClient.invalidateQueries({ queryKey: ['eigene-sitzungen'] });
          }}
        />
      </Stack>
      <Sitzungen />
    </Stack>
  );
}
