import { Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { sitzungAbfrage } from '../../api/abfragen';
import { erledigeFrist, type Frist } from '../../api/fristen';
import { LinkAnker } from '../../components/RouterLinks';
import { formatDatum } from '../../lib/format';
import { useSchmal } from '../../lib/schmal';
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

const offen = (f: Frist) => f.status === 'offen' || f.status === 'ueberfaellig';

function Quelle({ f }: { f: Frist }) {
  if (!f.quelle) return null;
  return (
    <Text size="xs" c="dimmed" lineClamp={2} title={f.quelle}>
      {f.quelle}
    </Text>
  );
}

function Erledigung({ f }: { f: Frist }) {
  if (!f.erledigtAm) return '–';
  return (
    <Text size="sm">
      {formatDatum(f.erledigtAm)}
      {f.erledigtVon ? ` von ${f.erledigtVon.name}` : ''}
      {f.nachweis ? `: ${f.nachweis}` : ''}
    </Text>
  );
}

function ErledigtKnopf({ f, waehle }: { f: Frist; waehle: (f: Frist) => void }) {
  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconCheck size={14} aria-hidden />}
      onClick={() => waehle(f)}
      aria-label={`${f.bezeichnung} (${f.aktenzeichen}) als erledigt vermerken`}
    >
      Erledigt
    </Button>
  );
}

/**
 * Deadlines as a table; open ones can be marked met (with date and proof) by roles that may. On a phone
 * each deadline is a block of its own, so status and the "Erledigt" button need no sideways scrolling.
 */
export function FristenTabelle({ fristen, beschriftung, mitFall = true, mitErledigung = false }: Props) {
  const { data: sitzung } = useQuery(sitzungAbfrage);
  const [auswahl, setAuswahl] = useState<Frist | null>(null);
  const schmal = useSchmal();
  const darfErledigen = sitzung ? erledigtFristen(sitzung) : false;
  const liste = (
    <Stack component="ul" aria-label={beschriftung} gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {fristen.map((f) => (
        <Paper component="li" key={f.id} withBorder p="sm">
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={600}>
              {f.faellig ? `fällig ${formatDatum(f.faellig)}` : 'ohne Datum'}
            </Text>
            <FristStatus status={f.status} kurzfristig={f.kurzfristig} />
          </Group>
          {mitFall && (
            <LinkAnker to="/faelle/$fallId" params={{ fallId: f.fallId }} size="sm">
              {f.aktenzeichen}
            </LinkAnker>
          )}
          <Text size="sm">{f.bezeichnung}</Text>
          <Quelle f={f} />
          {mitErledigung && f.erledigtAm && <Erledigung f={f} />}
          {darfErledigen && offen(f) && (
            <Group justify="flex-end" mt="xs">
              <ErledigtKnopf f={f} waehle={setAuswahl} />
            </Group>
          )}
        </Paper>
      ))}
    </Stack>
  );
  const tabelle = (
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
                <Quelle f={f} />
              </Table.Td>
              <Table.Td>
                <FristStatus status={f.status} kurzfristig={f.kurzfristig} />
              </Table.Td>
              {mitErledigung && (
                <Table.Td>
                  <Erledigung f={f} />
                </Table.Td>
              )}
              <Table.Td>{darfErledigen && offen(f) && <ErledigtKnopf f={f} waehle={setAuswahl} />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
  return (
    <>
      {schmal ? liste : tabelle}
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
