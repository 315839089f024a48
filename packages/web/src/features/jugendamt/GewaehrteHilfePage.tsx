import { FRIST_STATUS_TEXT } from '@hilfewerk/api';
import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { katalogAbfrage } from '../../api/abfragen';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { LinkAnker } from '../../components/RouterLinks';
import { formatDatum, formatZeitpunkt } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { leistungsTitel } from '../faelle/katalogtexte';
import { FristHinweis } from './FristHinweis';
import { gewaehrteHilfeAbfrage } from './gewaehrte-hilfen-api';

/** One granted Hilfe: every deadline the provider owes the Jugendamt (open and met) and the reports received. */
export function GewaehrteHilfePage() {
  const { hilfeId } = useParams({ from: '/app/gewaehrte-hilfen/$hilfeId' });
  const abfrage = useQuery(gewaehrteHilfeAbfrage(hilfeId));
  const { data: katalog } = useQuery(katalogAbfrage);
  const h = abfrage.data;
  useSeitentitel(h ? `Gewährte Hilfe ${h.aktenzeichen}` : 'Gewährte Hilfe');
  if (abfrage.isPending) return <Laden />;
  if (abfrage.isError || !h) return <Ladefehler fehler={abfrage.error} />;
  return (
    <Stack gap="lg">
      <Title order={1}>Gewährte Hilfe {h.aktenzeichen}</Title>
      <Text>
        {h.jungerMensch} · {leistungsTitel(katalog, h.leistung)} · {h.traeger.name} · seit{' '}
        {formatDatum(h.beginn)}
        {h.geplantesEnde && `, geplant bis ${formatDatum(h.geplantesEnde)}`}
        {h.aktenzeichenJugendamt && ` · Ihr Aktenzeichen ${h.aktenzeichenJugendamt}`}
      </Text>
      <LinkAnker to="/faelle/$fallId" params={{ fallId: h.fallId }}>
        Zum Fall mit Hilfeplan
      </LinkAnker>
      <Title order={2}>Fristen gegenüber dem Jugendamt</Title>
      {h.fristen.length === 0 ? (
        <Text>Keine Fristen.</Text>
      ) : (
        <Table striped aria-label="Fristen gegenüber dem Jugendamt">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Frist</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Erledigt am</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {h.fristen.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>
                  <FristHinweis f={f} />
                </Table.Td>
                <Table.Td>{f.ueberfaellig ? 'überfällig' : FRIST_STATUS_TEXT[f.status]}</Table.Td>
                <Table.Td>{f.erledigtAm ? formatDatum(f.erledigtAm) : '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={2}>Empfangene Berichte</Title>
      {h.empfangeneBerichte.length === 0 ? (
        <Text>Noch keine Berichte empfangen.</Text>
      ) : (
        <Table striped aria-label="Empfangene Berichte">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Bericht</Table.Th>
              <Table.Th scope="col">Eingang</Table.Th>
              <Table.Th scope="col">Gelesen</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {h.empfangeneBerichte.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>
                  <Anchor href={`/api/berichte/${b.id}/pdf`} target="_blank" rel="noopener">
                    {b.titel} (PDF)
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatZeitpunkt(b.gesendetAm)}</Table.Td>
                <Table.Td>{b.gelesenAm ? formatZeitpunkt(b.gelesenAm) : 'noch nicht gelesen'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
