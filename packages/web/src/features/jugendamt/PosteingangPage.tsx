import { POSTEINGANG_ART_TEXT } from '@hilfewerk/api';
import { Anchor, Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { LinkAnker } from '../../components/RouterLinks';
import { formatZeitpunkt } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { Antwort } from './AntwortFormular';
import { type Notiz, posteingangAbfrage, vermerkeGelesen } from './api';
import { meldeErfolg } from './melde';

const ART = POSTEINGANG_ART_TEXT;

function Gelesen({ n }: { n: Notiz }) {
  const queryClient = useQueryClient();
  const lesen = useMutation({
    mutationFn: () => vermerkeGelesen(n.id),
    onSuccess: async () => {
      meldeErfolg('Als gelesen vermerkt.');
      await queryClient.invalidateQueries({ queryKey: ['posteingang'] });
    },
  });
  if (n.gelesenAm) return <>gelesen am {formatZeitpunkt(n.gelesenAm)}</>;
  return (
    <Button
      size="xs"
      variant="default"
      loading={lesen.isPending}
      onClick={() => lesen.mutate()}
      aria-label={`${n.titel} als gelesen vermerken`}
    >
      Als gelesen vermerken
    </Button>
  );
}

/**
 * The ASD's Posteingang: reports and notices the providers sent, newest first. Reading marks the receipt
 * the provider sees; a report opens as the PDF that was sent.
 */
export function PosteingangPage() {
  useSeitentitel('Posteingang');
  const abfrage = useQuery(posteingangAbfrage);
  const ungelesen = abfrage.data?.filter((n) => !n.gelesenAm).length ?? 0;
  return (
    <Stack gap="lg">
      <Title order={1}>Posteingang</Title>
      {abfrage.isPending && <Laden />}
      {abfrage.isError && <Ladefehler fehler={abfrage.error} />}
      {abfrage.data && abfrage.data.length > 0 && (
        <Text>{`${abfrage.data.length} ${abfrage.data.length === 1 ? 'Eingang' : 'Eingänge'}, davon ${ungelesen} ungelesen.`}</Text>
      )}
      {abfrage.data && abfrage.data.length === 0 && (
        // A first look at an empty start page: say what will arrive here and where to begin instead.
        <Text>
          Ihr Posteingang ist leer. Hier erscheinen Berichte, Handlungspläne, Mitteilungen und Jahresberichte,
          sobald Träger sie Ihnen senden. Eine Hilfe erfragen Sie unter{' '}
          <LinkAnker to="/anfragen">Anfragen</LinkAnker>; die Fristen Ihrer Hilfen stehen unter{' '}
          <LinkAnker to="/gewaehrte-hilfen">Gewährte Hilfen</LinkAnker>.
        </Text>
      )}
      {abfrage.data && abfrage.data.length > 0 && (
        <Table.ScrollContainer minWidth={700}>
          <Table striped aria-label="Posteingang">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Eingang</Table.Th>
                <Table.Th scope="col">Art</Table.Th>
                <Table.Th scope="col">Betreff</Table.Th>
                <Table.Th scope="col">Träger</Table.Th>
                <Table.Th scope="col">Fall</Table.Th>
                <Table.Th scope="col">Gelesen</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {abfrage.data.map((n) => (
                <Table.Tr key={n.id} fw={n.gelesenAm ? undefined : 700}>
                  <Table.Td>{formatZeitpunkt(n.gesendetAm)}</Table.Td>
                  <Table.Td>
                    <Badge variant="outline" color={n.art === 'kinderschutz' ? 'red.9' : 'blue.9'}>
                      {ART[n.art]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {n.pdf ? (
                      <Anchor href={n.pdf} target="_blank" rel="noopener">
                        {n.titel} (PDF)
                      </Anchor>
                    ) : (
                      n.titel
                    )}
                  </Table.Td>
                  <Table.Td>{n.traeger.name}</Table.Td>
                  <Table.Td>
                    {/* A yearly report covers the whole provider: no case to link. */}
                    {n.fallId ? (
                      <LinkAnker to="/faelle/$fallId" params={{ fallId: n.fallId }}>
                        {n.aktenzeichen ?? 'Zum Fall'}
                      </LinkAnker>
                    ) : (
                      '–'
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      <Gelesen n={n} />
                      {n.art === 'kinderschutz' && <Antwort n={n} />}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
