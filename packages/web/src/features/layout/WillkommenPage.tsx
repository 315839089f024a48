import { ROLLEN_TEXT } from '@hilfewerk/api';
import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { sitzungAbfrage } from '../../api/abfragen';
import { useSeitentitel } from '../../lib/seitentitel';

/** The start page of a role for which no page is built yet (today the insoweit erfahrene Fachkraft). */
export function WillkommenPage() {
  useSeitentitel('Willkommen');
  const { data: sitzung } = useQuery(sitzungAbfrage);
  return (
    <Stack>
      <Title order={1}>Willkommen bei Hilfewerk</Title>
      <Text>
        {sitzung ? `Für Ihre Rolle (${ROLLEN_TEXT[sitzung.benutzer.rolle]}) ` : 'Für Ihre Rolle '}
        gibt es in Hilfewerk noch keine Seiten. Die Beratung nach § 8a SGB VIII an pseudonymisierten Fällen
        ist noch nicht gebaut; bis dahin sehen Sie hier keine Fälle.
      </Text>
    </Stack>
  );
}
