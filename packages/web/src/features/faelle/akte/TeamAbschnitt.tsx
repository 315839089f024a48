import type { TeamMitglied } from '@hilfewerk/api';
import { List, Stack, Text, Title } from '@mantine/core';
import { benutzerRolle } from '../../../lib/beschriftungen';

export function TeamAbschnitt({ team }: { team: TeamMitglied[] }) {
  return (
    <Stack component="section" aria-labelledby="team-titel" gap="sm">
      <Title order={2} id="team-titel">
        Fallteam
      </Title>
      {team.length === 0 ? (
        <Text>Niemand ist diesem Fall zugeordnet.</Text>
      ) : (
        <List>
          {team.map((mitglied) => (
            <List.Item key={mitglied.benutzerId}>
              {mitglied.name} ({benutzerRolle(mitglied.rolle)})
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
