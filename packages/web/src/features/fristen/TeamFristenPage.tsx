import { Anchor, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  erledigeOrganisationsfrist,
  erledigeOrganisationsfristMitBericht,
  type Organisationsfrist,
} from '../../api/fristen';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { benutzerRolle } from '../../lib/beschriftungen';
import { formatDateigroesse, formatDatum } from '../../lib/format';
import { useDarf } from '../../lib/rechte';
import { useSeitentitel } from '../../lib/seitentitel';
import { organisationsfristenAbfrage, teamFristenAbfrage } from './abfragen';
import { EigenePflichten } from './EigenePflichten';
import { ErledigenDialog } from './ErledigenDialog';
import { FristenTabelle } from './FristenTabelle';
import { FristStatus } from './FristStatus';

/** Leitung: who has what overdue, and the organisation's own deadlines. */
export function TeamFristenPage() {
  useSeitentitel('Fristen im Team');
  const abfrage = useQuery(teamFristenAbfrage);
  return (
    <Stack gap="xl">
      <Title order={1}>Fristen im Team</Title>
      {abfrage.isPending ? (
        <Laden />
      ) : abfrage.isError ? (
        <Ladefehler fehler={abfrage.error} />
      ) : (
        <>
          <Stack component="section" aria-labelledby="je-person" gap="xs">
            <Title order={2} id="je-person">
              Je Mitarbeiterin und Mitarbeiter
            </Title>
            <Text size="sm" c="dimmed">
              Offene Fristen der Fälle, in deren Team die Person ist; ein Fall zählt bei jedem Teammitglied.
            </Text>
            <Table striped aria-label="Fristen je Mitarbeiterin und Mitarbeiter">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Rolle</Table.Th>
                  <Table.Th scope="col">Überfällig</Table.Th>
                  <Table.Th scope="col">In 7 Tagen fällig</Table.Th>
                  <Table.Th scope="col">Offen insgesamt</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {abfrage.data.mitarbeitende.map((m) => (
                  <Table.Tr key={m.benutzerId}>
                    <Table.Th scope="row">{m.name}</Table.Th>
                    <Table.Td>{benutzerRolle(m.rolle)}</Table.Td>
                    <Table.Td fw={m.ueberfaellig > 0 ? 700 : undefined}>{m.ueberfaellig}</Table.Td>
                    <Table.Td>{m.dieseWoche}</Table.Td>
                    <Table.Td>{m.offen}</Table.Td>
                  </Table.Tr>
                ))}
                {abfrage.data.ohneTeam.offen > 0 && (
                  <Table.Tr>
                    <Table.Th scope="row">Fälle ohne Team</Table.Th>
                    <Table.Td>–</Table.Td>
                    <Table.Td fw={abfrage.data.ohneTeam.ueberfaellig > 0 ? 700 : undefined}>
                      {abfrage.data.ohneTeam.ueberfaellig}
                    </Table.Td>
                    <Table.Td>{abfrage.data.ohneTeam.dieseWoche}</Table.Td>
                    <Table.Td>{abfrage.data.ohneTeam.offen}</Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          </Stack>
          <Stack component="section" aria-labelledby="team-ueberfaellig" gap="xs">
            <Title order={2} id="team-ueberfaellig">
              Überfällig ({abfrage.data.ueberfaellig.length})
            </Title>
            {abfrage.data.ueberfaellig.length === 0 ? (
              <Text>Keine überfälligen Fristen.</Text>
            ) : (
              <FristenTabelle
                fristen={abfrage.data.ueberfaellig}
                beschriftung="Überfällige Fristen im Team"
              />
            )}
          </Stack>
        </>
      )}
      <Organisationsfristen />
      <EigenePflichten />
    </Stack>
  );
}

function Organisationsfristen() {
  const abfrage = useQuery(organisationsfristenAbfrage);
  const darf = useDarf();
  const [auswahl, setAuswahl] = useState<Organisationsfrist | null>(null);
  const offene = (abfrage.data ?? []).filter((o) => o.status !== 'entfallen');
  return (
    <Stack component="section" aria-labelledby="traegerfristen" gap="xs">
      <Title order={2} id="traegerfristen">
        Fristen des Trägers
      </Title>
      {abfrage.isError ? (
        <Ladefehler fehler={abfrage.error} />
      ) : offene.length === 0 ? (
        <Text>{abfrage.isPending ? 'Wird geladen …' : 'Keine Fristen des Trägers.'}</Text>
      ) : (
        <Table striped aria-label="Fristen des Trägers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Fällig</Table.Th>
              <Table.Th scope="col">Frist</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Erledigt</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {offene.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>{formatDatum(o.faellig)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{o.bezeichnung}</Text>
                  {o.quelle && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {o.quelle}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <FristStatus status={o.status} />
                </Table.Td>
                <Table.Td>
                  {o.status === 'erledigt' ? (
                    <>
                      <Text size="sm">{`${formatDatum(o.erledigtAm)}${o.nachweis ? `: ${o.nachweis}` : ''}`}</Text>
                      {o.bericht && (
                        <Anchor
                          size="sm"
                          href={`/api/organisationsfristen/${o.id}/bericht`}
                          download={o.bericht.name}
                          aria-label={`Bericht zu ${o.bezeichnung} herunterladen: ${o.bericht.name}`}
                        >
                          Bericht ({o.bericht.name}, {formatDateigroesse(o.bericht.groesse)})
                        </Anchor>
                      )}
                    </>
                  ) : (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setAuswahl(o)}
                      aria-label={`${o.bezeichnung} als erledigt vermerken`}
                    >
                      Erledigt
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {auswahl && (
        <ErledigenDialog
          offen
          titel={auswahl.bezeichnung}
          faellig={auswahl.faellig}
          onClose={() => setAuswahl(null)}
          speichern={(e) => erledigeOrganisationsfrist(auswahl.id, e)}
          mitBericht={
            darf('organisationsfristBericht', 'anlegen')
              ? (e, datei) => erledigeOrganisationsfristMitBericht(auswahl.id, e, datei)
              : undefined
          }
        />
      )}
    </Stack>
  );
}
