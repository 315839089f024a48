import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { sitzungAbfrage } from '../../api/abfragen';
import { erledigeFrist, type Frist } from '../../api/fristen';
import { LinkAnker } from '../../components/RouterLinks';
import { formatDatum } from '../../lib/format';
import { ErledigenDialog } from './ErledigenDialog';
import { FristStatus } from './FristStatus';
import { erledigtFristen } from './rollen';

interface Props {
  fristen: Frist[];
  /** Accessible name of the table, e.g. "Überfällige Fristen". */
  beschriftung: string;
  /** Shows the case column (not needed inside a case file). */
  mitFall?: boolean;
  /** Shows who met a deadline and with what. */
  mitErledigung?: boolean;
}

/** Deadlines as a table; open ones can be marked met (with date and proof) by roles that may. */
export function FristenTabelle({ fristen, beschriftung, mitFall = true, mitErledigung = false }: Props) {
  const { data: sitzung } = useQuery(sitzungAbfrage);
  const [auswahl, setAuswahl] = useState<Frist | null>(null);
  const darfErledigen = sitzung ? erledigtFristen(sitzung) : false;
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label={beschriftung}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Fällig</Table.Th>
              {mitFall && <Table.Th scope="col">Fall</Table.Th>}
              <Table.Th scope="col">Frist</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              {mitErledigung && <Table.Th scope="col">Erledigt</Table.Th>}
              <Table.Th scope="col">
                <VisuallyHidden>Aktion</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fristen.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {f.faellig ? formatDatum(f.faellig) : 'ohne Datum'}
                </Table.Td>
                {mitFall && (
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <LinkAnker to="/faelle/$fallId" params={{ fallId: f.fallId }}>
                      {f.aktenzeichen}
                    </LinkAnker>
                  </Table.Td>
                )}
                <Table.Td>
                  <Text size="sm">{f.bezeichnung}</Text>
                  {f.quelle && (
                    <Text size="xs" c="dimmed" lineClamp={2} title={f.quelle}>
                      {f.quelle}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <FristStatus status={f.status} kurzfristig={f.kurzfristig} />
                </Table.Td>
                {mitErledigung && (
                  <Table.Td>
                    {f.erledigtAm ? (
                      <Text size="sm">
                        {formatDatum(f.erledigtAm)}
                        {f.erledigtVon ? ` von ${f.erledigtVon.name}` : ''}
                        {f.nachweis ? `: ${f.nachweis}` : ''}
                      </Text>
                    ) : (
                      '–'
                    )}
                  </Table.Td>
                )}
                <Table.Td>
                  {darfErledigen && (f.status === 'offen' || f.status === 'ueberfaellig') && (
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconCheck size={14} aria-hidden />}
                      onClick={() => setAuswahl(f)}
                      aria-label={`${f.bezeichnung} (${f.aktenzeichen}) als erledigt vermerken`}
                    >
                      Erledigt
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {auswahl && (
        <ErledigenDialog
          offen
          titel={`${auswahl.aktenzeichen}: ${auswahl.bezeichnung}`}
          faellig={auswahl.faellig}
          onClose={() => setAuswahl(null)}
          speichern={(e) => erledigeFrist(auswahl.id, e)}
          alsoInvalidieren={[['fall', auswahl.fallId]]}
        />
      )}
    </>
  );
}
