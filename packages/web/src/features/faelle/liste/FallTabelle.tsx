import type { FallZeile } from '@hilfewerk/api';
import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { katalogAbfrage } from '../../../api/abfragen';
import { LinkAnker } from '../../../components/RouterLinks';
import { formatDatum } from '../../../lib/format';
import { leistungsTitel } from '../katalogtexte';
import { StatusBadge } from '../StatusBadge';

export function FallTabelle({ faelle }: { faelle: FallZeile[] }) {
  const { data: katalog } = useQuery(katalogAbfrage);
  if (faelle.length === 0) {
    return <Text>Keine Fälle gefunden. Ändern Sie die Suche oder die Filter.</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover>
        <Table.Caption>Fälle, auf die Sie Zugriff haben</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Aktenzeichen</Table.Th>
            <Table.Th scope="col">Bezeichnung</Table.Th>
            <Table.Th scope="col">Leistung</Table.Th>
            <Table.Th scope="col">Jugendamt</Table.Th>
            <Table.Th scope="col">Beginn</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {faelle.map((fall) => (
            <Table.Tr key={fall.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <LinkAnker to="/faelle/$fallId" params={{ fallId: fall.id }} fw={600}>
                  {fall.aktenzeichen}
                </LinkAnker>
              </Table.Td>
              <Table.Td>{fall.bezeichnung}</Table.Td>
              <Table.Td>{leistungsTitel(katalog, fall.leistung, fall.variante)}</Table.Td>
              <Table.Td>{fall.jugendamt?.name ?? '–'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDatum(fall.beginn)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <StatusBadge status={fall.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
