import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { katalogAbfrage } from '../../api/abfragen';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { LinkAnker } from '../../components/RouterLinks';
import { formatDatum } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { leistungsTitel } from '../faelle/katalogtexte';
import { FristHinweis } from './FristHinweis';
import { gewaehrteHilfenAbfrage } from './gewaehrte-hilfen-api';

/**
 * The ASD's granted Hilfen: per Hilfe the next deadline the provider owes the Jugendamt (overdue ones first and
 * marked in words), how many are open, and the reports received. Other Jugendämter's Hilfen never appear.
 */
export function GewaehrteHilfenPage() {
  useSeitentitel('Gewährte Hilfen');
  const abfrage = useQuery(gewaehrteHilfenAbfrage);
  const { data: katalog } = useQuery(katalogAbfrage);
  const hilfen = abfrage.data?.hilfen;
  const stand = abfrage.data?.heute;
  const ueberfaellig = hilfen?.filter((h) => h.ueberfaelligeFristen > 0).length ?? 0;
  return (
    <Stack gap="lg">
      <Title order={1}>Gewährte Hilfen</Title>
      {abfrage.isPending && <Laden />}
      {abfrage.isError && <Ladefehler fehler={abfrage.error} />}
      {hilfen && (
        <Text>
          {hilfen.length === 0
            ? 'Ihr Jugendamt hat noch keine Hilfe gewährt.'
            : `${hilfen.length} ${hilfen.length === 1 ? 'gewährte Hilfe' : 'gewährte Hilfen'}, davon ${ueberfaellig} mit überfälliger Frist (Stand ${stand ? formatDatum(stand) : '–'}).`}
        </Text>
      )}
      {hilfen && hilfen.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table striped aria-label="Gewährte Hilfen">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Fall</Table.Th>
                <Table.Th scope="col">Junger Mensch</Table.Th>
                <Table.Th scope="col">Träger</Table.Th>
                <Table.Th scope="col">Leistung</Table.Th>
                <Table.Th scope="col">Beginn</Table.Th>
                <Table.Th scope="col">Nächste Frist</Table.Th>
                <Table.Th scope="col">Offene Fristen</Table.Th>
                <Table.Th scope="col">Berichte</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {hilfen.map((h) => (
                <Table.Tr key={h.id}>
                  <Table.Td>
                    <LinkAnker to="/gewaehrte-hilfen/$hilfeId" params={{ hilfeId: h.id }}>
                      {h.aktenzeichen}
                    </LinkAnker>
                  </Table.Td>
                  <Table.Td>{h.jungerMensch}</Table.Td>
                  <Table.Td>{h.traeger.name}</Table.Td>
                  <Table.Td>{leistungsTitel(katalog, h.leistung)}</Table.Td>
                  <Table.Td>{formatDatum(h.beginn)}</Table.Td>
                  <Table.Td>{h.naechsteFrist ? <FristHinweis f={h.naechsteFrist} /> : '–'}</Table.Td>
                  <Table.Td>
                    {h.offeneFristen}
                    {h.ueberfaelligeFristen > 0 && (
                      <Badge ml="xs" color="red.9" variant="filled">
                        {h.ueberfaelligeFristen} überfällig
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {h.berichte}
                    {h.ungeleseneBerichte > 0 && ` (${h.ungeleseneBerichte} ungelesen)`}
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
