import type { Person } from '@hilfewerk/api';
import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { LinkAnker, LinkKnopf } from '../../../components/RouterLinks';
import { personenRollen } from '../../../lib/beschriftungen';
import { formatDatum } from '../../../lib/format';
import { useDarf } from '../../../lib/rechte';
import { useSchmal } from '../../../lib/schmal';

/** The name opens the edit form where the role may change persons; otherwise it is plain text. */
function PersonName({ fallId, person }: { fallId: string; person: Person }) {
  const darf = useDarf();
  const name = `${person.vorname} ${person.nachname}`;
  if (!darf('person', 'aendern')) return <Text span>{name}</Text>;
  return (
    <LinkAnker to="/faelle/$fallId/personen/$personId" params={{ fallId, personId: person.id }}>
      {name}
    </LinkAnker>
  );
}

/** On a phone one block per person: three columns would not fit 360 px. */
function PersonenListe({ fallId, personen }: { fallId: string; personen: Person[] }) {
  return (
    <Stack component="ul" aria-label="Personen des Falls" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {personen.map((person) => (
        <Paper component="li" key={person.id} withBorder p="sm">
          <PersonName fallId={fallId} person={person} />
          <Text size="sm">
            {personenRollen[person.rolle] ?? person.rolle}
            {person.geburtsdatum ? `, geboren ${formatDatum(person.geburtsdatum)}` : ''}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}

export function PersonenAbschnitt({ fallId, personen }: { fallId: string; personen: Person[] }) {
  const schmal = useSchmal();
  const darf = useDarf();
  return (
    <Stack component="section" aria-labelledby="personen-titel" gap="sm">
      <Group justify="space-between">
        <Title order={2} id="personen-titel">
          Personen
        </Title>
        {darf('person', 'anlegen') && (
          <LinkKnopf
            to="/faelle/$fallId/personen/neu"
            params={{ fallId }}
            variant="default"
            size="sm"
            leftSection={<IconUserPlus size={16} aria-hidden />}
          >
            Person hinzufügen
          </LinkKnopf>
        )}
      </Group>
      {personen.length === 0 ? (
        <Text>Noch keine Personen erfasst.</Text>
      ) : schmal ? (
        <PersonenListe fallId={fallId} personen={personen} />
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Rolle</Table.Th>
              <Table.Th scope="col">Geburtsdatum</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {personen.map((person) => (
              <Table.Tr key={person.id}>
                <Table.Td>
                  <PersonName fallId={fallId} person={person} />
                </Table.Td>
                <Table.Td>{personenRollen[person.rolle] ?? person.rolle}</Table.Td>
                <Table.Td>{formatDatum(person.geburtsdatum)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
