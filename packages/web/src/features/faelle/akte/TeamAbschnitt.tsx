import type { Hilfe, TeamMitglied } from '@hilfewerk/api';
import { Alert, Badge, Button, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fallGeaendert, sitzungAbfrage } from '../../../api/abfragen';
import { ApiFehler, anfrage } from '../../../api/client';
import { benutzerRolle } from '../../../lib/beschriftungen';
import { meldeErfolg } from '../../jugendamt/melde';

interface Kollege {
  id: string;
  name: string;
  rolle: string;
}

/** Leitung and Administration staff the case; the Jugendamt's binding recommendation is shown beside it. */
function Aufnehmen({ fallId, team, bindend }: { fallId: string; team: TeamMitglied[]; bindend: boolean }) {
  const queryClient = useQueryClient();
  const [wahl, setWahl] = useState<string | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const { data: kollegen = [] } = useQuery({
    queryKey: ['benutzer'],
    queryFn: async () => (await anfrage<Kollege[]>('/api/benutzer')).daten,
  });
  const aufnehmen = useMutation({
    mutationFn: (id: string) => anfrage(`/api/faelle/${fallId}/team/${id}`, { methode: 'POST' }),
    onSuccess: async () => {
      setWahl(null);
      setFehler(null);
      meldeErfolg('Ins Fallteam aufgenommen.');
      await fallGeaendert(queryClient, fallId);
    },
    onError: (f) => setFehler(f instanceof ApiFehler ? f.message : 'Die Verbindung ist fehlgeschlagen.'),
  });
  const frei = kollegen.filter(
    (k) =>
      ['fachkraft', 'semiprofessionell', 'leitung'].includes(k.rolle) &&
      !team.some((m) => m.benutzerId === k.id),
  );
  return (
    <Stack gap="xs">
      {bindend && (
        <Text size="sm">
          <Badge color="red.9" variant="outline" mr={6}>
            kinderschutzrelevant
          </Badge>
          Das Jugendamt hat eine Fachkraft verbindlich vorgegeben.
        </Text>
      )}
      {fehler && (
        <Alert color="red" role="alert">
          {fehler}
        </Alert>
      )}
      <Group align="flex-end">
        <Select
          label="Mitarbeitende ins Fallteam aufnehmen"
          data={frei.map((k) => ({ value: k.id, label: `${k.name} (${benutzerRolle(k.rolle)})` }))}
          value={wahl}
          onChange={setWahl}
        />
        <Button disabled={!wahl} loading={aufnehmen.isPending} onClick={() => wahl && aufnehmen.mutate(wahl)}>
          Aufnehmen
        </Button>
      </Group>
    </Stack>
  );
}

export function TeamAbschnitt({
  fallId,
  team,
  hilfen,
}: {
  fallId: string;
  team: TeamMitglied[];
  hilfen: Hilfe[];
}) {
  const { data: sitzung } = useQuery(sitzungAbfrage);
  const leitet = ['leitung', 'administration'].includes(sitzung?.benutzer.rolle ?? '');
  const bindend = hilfen.some(
    (h) => h.kinderschutzrelevant && h.empfehlung === 'fachkraft' && !h.tatsaechlichesEnde,
  );
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
      {leitet && <Aufnehmen fallId={fallId} team={team} bindend={bindend} />}
    </Stack>
  );
}
