import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { katalogAbfrage, sitzungAbfrage } from '../../api/abfragen';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { LinkAnker } from '../../components/RouterLinks';
import { formatDatum } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { GRUEN } from '../../theme';
import { leistungsTitel } from '../faelle/katalogtexte';
import { AnfrageAntwort } from './AnfrageAntwort';
import { AnfrageFormular } from './AnfrageFormular';
import { ANFRAGE_STATUS, type Anfrage, anfragenAbfrage, EMPFEHLUNG } from './api';

// Mantine's green-9 falls short of 4.5:1 on a striped row (axe found it once a request was accepted): the theme's green.
const FARBE = { offen: 'blue.9', zugesagt: GRUEN, abgesagt: 'red.9', zurueckgezogen: 'gray.8' } as const;

function Empfehlungstext({ a }: { a: Anfrage }) {
  if (!a.empfehlung) return <>{a.kinderschutzrelevant ? 'kinderschutzrelevant' : '–'}</>;
  return (
    <>
      {EMPFEHLUNG[a.empfehlung]}
      {a.kinderschutzrelevant && (
        <Badge ml={6} color="red.9" variant="outline">
          kinderschutzrelevant, bindend
        </Badge>
      )}
    </>
  );
}

/**
 * Requests between Jugendamt and provider: the ASD writes them and follows their status; a provider's
 * Leitung answers those addressed to it (Zusage with start, Absage with reason).
 */
export function AnfragenPage() {
  const { data: sitzung } = useQuery(sitzungAbfrage);
  const { data: katalog } = useQuery(katalogAbfrage);
  const abfrage = useQuery(anfragenAbfrage);
  const jugendamt = sitzung?.organisation.art === 'jugendamt';
  useSeitentitel(jugendamt ? 'Anfragen an Träger' : 'Anfragen der Jugendämter');

  return (
    <Stack gap="lg">
      <Title order={1}>{jugendamt ? 'Anfragen an Träger' : 'Anfragen der Jugendämter'}</Title>
      {jugendamt && <AnfrageFormular />}
      {abfrage.isPending && <Laden />}
      {abfrage.isError && <Ladefehler fehler={abfrage.error} />}
      {abfrage.data && abfrage.data.length === 0 && <Text>Noch keine Anfragen.</Text>}
      {abfrage.data && abfrage.data.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table striped aria-label={jugendamt ? 'Gesendete Anfragen' : 'Eingegangene Anfragen'}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Eingang</Table.Th>
                <Table.Th scope="col">{jugendamt ? 'Träger' : 'Jugendamt'}</Table.Th>
                <Table.Th scope="col">Junger Mensch</Table.Th>
                <Table.Th scope="col">Leistung</Table.Th>
                <Table.Th scope="col">Beginn</Table.Th>
                <Table.Th scope="col">Empfehlung</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">{jugendamt ? 'Fall' : 'Antwort'}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {abfrage.data.map((a) => {
                const name = `${a.jungerMensch.vorname} ${a.jungerMensch.nachname}`;
                return (
                  <Table.Tr key={a.id}>
                    <Table.Td>{formatDatum(a.erstelltAm.slice(0, 10))}</Table.Td>
                    <Table.Td>{jugendamt ? a.traeger.name : a.jugendamt.name}</Table.Td>
                    <Table.Td>
                      {name}
                      <Text size="xs">geb. {formatDatum(a.jungerMensch.geburtsdatum)}</Text>
                    </Table.Td>
                    <Table.Td>
                      {leistungsTitel(katalog, a.leistung, a.variante)}
                      <Text size="xs">{a.anlass}</Text>
                    </Table.Td>
                    <Table.Td>{formatDatum(a.zugesagterBeginn ?? a.beginn)}</Table.Td>
                    <Table.Td>
                      <Empfehlungstext a={a} />
                    </Table.Td>
                    <Table.Td>
                      <Badge color={FARBE[a.status]} variant="outline">
                        {ANFRAGE_STATUS[a.status]}
                      </Badge>
                      {a.absagegrund && <Text size="xs">{a.absagegrund}</Text>}
                    </Table.Td>
                    <Table.Td>
                      {a.fallId ? (
                        <LinkAnker to="/faelle/$fallId" params={{ fallId: a.fallId }}>
                          Zum Fall
                        </LinkAnker>
                      ) : (
                        <AnfrageAntwort anfrage={a} name={name} jugendamt={jugendamt} />
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
