import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Ladefehler } from '../../components/Ladezustand';
import { LinkAnker } from '../../components/RouterLinks';
import { formatDatum } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { GRUEN } from '../../theme';
import { kalenderFristenAbfrage } from './abfragen';
import { monatsname, monatsraster, plusMonate } from './monat';

const route = getRouteApi('/app/fristenkalender');
const WOCHENTAGE = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];

function aktuellerMonat(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date()).slice(0, 7);
}

/** Month calendar of the deadlines in the user's scope, with the organisation's own deadlines. */
export function KalenderPage() {
  const suche = route.useSearch();
  const navigate = useNavigate();
  const monat = suche.monat ?? aktuellerMonat();
  const wochen = monatsraster(monat);
  const von = wochen[0][0];
  const bis = wochen.at(-1)?.at(-1) as string;
  const name = monatsname(monat);
  useSeitentitel(`Fristenkalender ${name}`);
  const abfrage = useQuery(kalenderFristenAbfrage(von, bis));
  const blaettern = (n: number) =>
    navigate({ to: '/fristenkalender', search: { monat: plusMonate(monat, n) } });

  const amTag = (datum: string) => [
    ...(abfrage.data?.fristen ?? [])
      .filter((f) => f.faellig === datum && f.status !== 'entfallen')
      .map((f) => ({
        id: f.id,
        text: `${f.aktenzeichen}: ${f.bezeichnung}`,
        status: f.status,
        fallId: f.fallId as string | null,
      })),
    ...(abfrage.data?.organisationsfristen ?? [])
      .filter((o) => o.faellig === datum && o.status !== 'entfallen')
      .map((o) => ({ id: o.id, text: `Träger: ${o.bezeichnung}`, status: o.status, fallId: null })),
  ];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Fristenkalender</Title>
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => blaettern(-1)}
            leftSection={<IconChevronLeft size={16} aria-hidden />}
          >
            Vorheriger Monat
          </Button>
          <Button variant="default" onClick={() => navigate({ to: '/fristenkalender', search: {} })}>
            Heute
          </Button>
          <Button
            variant="default"
            onClick={() => blaettern(1)}
            rightSection={<IconChevronRight size={16} aria-hidden />}
          >
            Nächster Monat
          </Button>
        </Group>
      </Group>
      {abfrage.isError && <Ladefehler fehler={abfrage.error} />}
      <Text role="status" size="sm">
        {abfrage.isPending
          ? 'Fristen werden geladen …'
          : `${name}: ${(abfrage.data?.fristen.length ?? 0) + (abfrage.data?.organisationsfristen.length ?? 0)} Fristen zwischen ${formatDatum(von)} und ${formatDatum(bis)}`}
      </Text>
      <Table.ScrollContainer minWidth={840}>
        <Table withTableBorder withColumnBorders layout="fixed">
          <caption>{name}</caption>
          <Table.Thead>
            <Table.Tr>
              {WOCHENTAGE.map((t) => (
                <Table.Th key={t} scope="col">
                  {t}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {wochen.map((woche) => (
              <Table.Tr key={woche[0]}>
                {woche.map((datum) => {
                  const eintraege = amTag(datum);
                  const imMonat = datum.startsWith(monat);
                  return (
                    <Table.Td key={datum} valign="top" style={{ height: 110 }}>
                      <Text
                        size="sm"
                        fw={imMonat ? 700 : 400}
                        c={imMonat ? undefined : 'gray.7'}
                        aria-label={formatDatum(datum)}
                      >
                        {Number(datum.slice(8))}
                      </Text>
                      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                        {eintraege.map((e) => (
                          <li key={e.id}>
                            {e.fallId ? (
                              <LinkAnker
                                to="/faelle/$fallId"
                                params={{ fallId: e.fallId }}
                                size="xs"
                                td={e.status === 'erledigt' ? 'line-through' : undefined}
                              >
                                {e.text}
                              </LinkAnker>
                            ) : (
                              <Anchor component="span" size="xs" c="dark">
                                {e.text}
                              </Anchor>
                            )}
                            {e.status === 'ueberfaellig' && (
                              <Badge size="xs" color="red.9" ml={4}>
                                überfällig
                              </Badge>
                            )}
                            {e.status === 'erledigt' && (
                              <Badge size="xs" color={GRUEN} variant="outline" ml={4}>
                                erledigt
                              </Badge>
                            )}
                          </li>
                        ))}
                      </Stack>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
