import { type Konto, type KontoAenderung, ROLLEN_JE_ART, type Rolle } from '@hilfewerk/api';
import { Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { sitzungAbfrage } from '../../api/abfragen';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { benutzerRolle } from '../../lib/beschriftungen';
import { useSeitentitel } from '../../lib/seitentitel';
import { GRUEN } from '../../theme';
import { aendereKonto, kontenAbfrage } from './api';
import { type Einmalpasswort, EinmalpasswortDialog } from './EinmalpasswortDialog';
import { KontoAnlegen } from './KontoAnlegen';

const uhrzeit = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  hour: '2-digit',
  minute: '2-digit',
});

function Status({ konto }: { konto: Konto }) {
  if (!konto.aktiv) return <Badge color="#495057">Deaktiviert</Badge>;
  return (
    <Group gap={4}>
      <Badge color={GRUEN}>Aktiv</Badge>
      {konto.passwortAendern && <Badge color="#1864ab">Einmalpasswort offen</Badge>}
      {konto.gesperrtBis && (
        <Badge color="#c92a2a">Gesperrt bis {uhrzeit.format(new Date(konto.gesperrtBis))} Uhr</Badge>
      )}
    </Group>
  );
}

/**
 * The administration's page: the organisation's accounts — create, change the role, deactivate and
 * reactivate, reset the password, lift a login lock. The server checks every step (Administration only).
 */
export function BenutzerverwaltungPage() {
  useSeitentitel('Benutzerkonten');
  const queryClient = useQueryClient();
  const { data: sitzung } = useQuery(sitzungAbfrage);
  const konten = useQuery(kontenAbfrage);
  const [einmalpasswort, setEinmalpasswort] = useState<Einmalpasswort | null>(null);
  const aendern = useMutation({
    mutationFn: ({ konto, aenderung }: { konto: Konto; aenderung: KontoAenderung; meldung: string }) =>
      aendereKonto(konto.id, aenderung),
    onSuccess: async (r, { konto, meldung }) => {
      if (r.einmalpasswort)
        setEinmalpasswort({ fuer: konto.name, email: konto.email, passwort: r.einmalpasswort });
      else notifications.show({ color: 'green', message: meldung });
      await queryClient.invalidateQueries({ queryKey: ['benutzer'] });
    },
    onError: (fehler) =>
      notifications.show({ color: 'red', title: 'Nicht geändert', message: fehler.message }),
  });
  if (!sitzung) return null;
  const tu = (konto: Konto, aenderung: KontoAenderung, meldung: string) =>
    aendern.mutate({ konto, aenderung, meldung });

  return (
    <Stack gap="xl">
      <Title order={1}>Benutzerkonten</Title>
      <KontoAnlegen art={sitzung.organisation.art} onAngelegt={setEinmalpasswort} />
      <Stack component="section" aria-labelledby="konten-titel" gap="sm">
        <Title order={2} id="konten-titel">
          Konten von {sitzung.organisation.name}
        </Title>
        <Text size="sm">
          Deaktivieren beendet alle Anmeldungen des Kontos sofort. Ein neues Einmalpasswort beendet sie
          ebenfalls; die Person legt bei der nächsten Anmeldung ein eigenes Passwort fest.
        </Text>
        {konten.isError ? (
          <Ladefehler fehler={konten.error} />
        ) : konten.isPending ? (
          <Laden />
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">E-Mail-Adresse</Table.Th>
                  <Table.Th scope="col">Rolle</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Aktionen</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {konten.data.map((konto) => {
                  const selbst = konto.id === sitzung.benutzer.id;
                  return (
                    <Table.Tr key={konto.id}>
                      <Table.Td>{konto.name}</Table.Td>
                      <Table.Td>{konto.email}</Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={`Rolle von ${konto.name}`}
                          size="xs"
                          w={220}
                          allowDeselect={false}
                          disabled={selbst || !konto.aktiv}
                          data={ROLLEN_JE_ART[sitzung.organisation.art].map((r) => ({
                            value: r,
                            label: benutzerRolle(r),
                          }))}
                          value={konto.rolle}
                          onChange={(rolle) =>
                            rolle &&
                            rolle !== konto.rolle &&
                            tu(
                              konto,
                              // the options are roles only
                              { rolle: rolle as Rolle },
                              `${konto.name} hat jetzt die Rolle ${benutzerRolle(rolle)}.`,
                            )
                          }
                        />
                      </Table.Td>
                      <Table.Td>
                        <Status konto={konto} />
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          {konto.aktiv ? (
                            <Button
                              size="xs"
                              variant="default"
                              color="red"
                              disabled={selbst}
                              aria-label={`${konto.name} deaktivieren`}
                              onClick={() => tu(konto, { aktiv: false }, `${konto.name} ist deaktiviert.`)}
                            >
                              Deaktivieren
                            </Button>
                          ) : (
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={`${konto.name} reaktivieren`}
                              onClick={() => tu(konto, { aktiv: true }, `${konto.name} ist wieder aktiv.`)}
                            >
                              Reaktivieren
                            </Button>
                          )}
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={`Neues Einmalpasswort für ${konto.name}`}
                            onClick={() => tu(konto, { passwortZuruecksetzen: true }, '')}
                          >
                            Passwort zurücksetzen
                          </Button>
                          {konto.gesperrtBis && (
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={`Sperre von ${konto.name} aufheben`}
                              onClick={() =>
                                tu(
                                  konto,
                                  { entsperren: true },
                                  `Die Sperre von ${konto.name} ist aufgehoben.`,
                                )
                              }
                            >
                              Entsperren
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <EinmalpasswortDialog wert={einmalpasswort} onClose={() => setEinmalpasswort(null)} />
    </Stack>
  );
}
