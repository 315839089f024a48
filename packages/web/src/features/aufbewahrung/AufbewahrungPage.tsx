import type { Aufbewahrungsbericht } from '@hilfewerk/api';
import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { anfrage } from '../../api/client';
import { DatumFeld } from '../../components/DatumFeld';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { LinkAnker } from '../../components/RouterLinks';
import { istIsoDatum } from '../../lib/datumseingabe';
import { formatDatum } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { ORANGE } from '../../theme';

type Zeile = Aufbewahrungsbericht['faelle'][number];

const REGEL_TEXT: Record<Zeile['regel'], string> = {
  '9b-sgb-viii': '§ 9b SGB VIII',
  '84-sgb-x': '§ 84 SGB X',
};

/** The retention end is the last day kept; a file is due from the next day on. */
function stand(z: Zeile, stichtag: string) {
  if (z.sperre)
    return (
      <Badge color={ORANGE} variant="outline">
        gesperrt
      </Badge>
    );
  if (z.faellig) return <Badge color="red.9">wird anonymisiert</Badge>;
  if (z.status === 'laufend') return <Text size="sm">Hilfe läuft</Text>;
  if (z.status === 'unbestimmt') return <Text size="sm">unbestimmt – Geburtsdatum fehlt</Text>;
  return <Text size="sm">{z.ende && z.ende >= stichtag ? 'aufbewahren' : '–'}</Text>;
}

/**
 * Dry run of the retention rule (Leitung, Administration): which case files the next run would anonymise
 * on the chosen day, by which rule, and which a legal hold keeps. Nothing is changed here.
 */
export function AufbewahrungPage() {
  useSeitentitel('Aufbewahrung');
  const [eingabe, setEingabe] = useState<string | null>(null);
  // While the typed text is no date yet, the last valid day (or today) stays shown.
  const [stichtag, setStichtag] = useState<string | undefined>(undefined);
  const abfrage = useQuery({
    queryKey: ['aufbewahrung', stichtag ?? 'heute'],
    queryFn: async () =>
      (await anfrage<Aufbewahrungsbericht>('/api/aufbewahrung', { abfrage: { stichtag } })).daten,
  });
  const bericht = abfrage.data;
  const faellig = bericht?.faelle.filter((z) => z.faellig).length ?? 0;
  return (
    <Stack gap="lg">
      <Title order={1}>Aufbewahrung</Title>
      <Text>
        Probelauf: welche Fallakten am Stichtag nach Ende ihrer Aufbewahrung anonymisiert würden. Hier wird
        nichts geändert; eine Löschsperre setzt die Leitung in der Fallakte.
      </Text>
      <Group align="flex-start">
        <DatumFeld
          label="Stichtag"
          value={eingabe}
          onChange={(wert) => {
            setEingabe(wert);
            if (wert === null) setStichtag(undefined);
            else if (istIsoDatum(wert)) setStichtag(wert);
          }}
        />
      </Group>
      {abfrage.isPending && <Laden />}
      {abfrage.isError && <Ladefehler fehler={abfrage.error} />}
      {bericht && (
        <>
          <Text role="status">
            Stichtag {formatDatum(bericht.stichtag)}: {faellig === 1 ? '1 Fallakte' : `${faellig} Fallakten`}{' '}
            fällig zur Anonymisierung.
          </Text>
          <Table.ScrollContainer minWidth={760}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Aktenzeichen</Table.Th>
                  <Table.Th scope="col">Regel</Table.Th>
                  <Table.Th scope="col">Aufbewahrung bis</Table.Th>
                  <Table.Th scope="col">Stand</Table.Th>
                  <Table.Th scope="col">Löschsperre</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {bericht.faelle.map((z) => (
                  <Table.Tr key={z.fallId}>
                    <Table.Td>
                      <LinkAnker to="/faelle/$fallId" params={{ fallId: z.fallId }}>
                        {z.aktenzeichen}
                      </LinkAnker>
                    </Table.Td>
                    <Table.Td>{REGEL_TEXT[z.regel]}</Table.Td>
                    <Table.Td>{formatDatum(z.ende)}</Table.Td>
                    <Table.Td>{stand(z, bericht.stichtag)}</Table.Td>
                    <Table.Td>
                      {z.sperre ? `seit ${formatDatum(z.sperre.gesetztAm)}: ${z.sperre.grund}` : 'keine'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
