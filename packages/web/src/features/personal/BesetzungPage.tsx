import {
  Alert,
  Badge,
  Button,
  Card,
  Collapse,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Ladefehler } from '../../components/Ladezustand';
import { MonatJahrAuswahl } from '../../components/MonatJahrAuswahl';
import { formatDatum, MONATSNAMEN } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { Abwesenheiten } from './Abwesenheiten';
import { type Besetzung, besetzungAbfrage, type Mitarbeiter, personalAbfrage, QUALIFIKATION } from './api';
import { BesetzungJahr } from './BesetzungJahr';
import { PersonFormular } from './PersonFormular';
import { SchulungenAbschnitt } from './SchulungenAbschnitt';
import { VkFormular } from './VkFormular';

const vk = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const zahl = (n: number | null) => (n === null ? '–' : vk.format(n));

/** The Ist of a condition; one without a number (the Leitung's experience) says whether it holds, not „–“. */
function istText(z: Besetzung['zeilen'][number]): string {
  if (z.bereich === 'mix' && z.ist !== null) return `${Math.round(z.ist * 100)} %`;
  if (z.ist === null && z.soll === null) return z.erfuellt ? 'erfüllt' : 'nicht erfüllt';
  return zahl(z.ist);
}

function Urteil({ erfuellt }: { erfuellt: boolean | null }) {
  if (erfuellt === null) return <Badge color="gray">kein Schlüssel im Vertrag</Badge>;
  return erfuellt ? <Badge color="green">erfüllt</Badge> : <Badge color="red">nicht erfüllt</Badge>;
}

function LeistungKarte({ b }: { b: Besetzung }) {
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4">
            {b.titel}
          </Title>
          <Urteil erfuellt={b.erfuellt} />
        </Group>
        <Text size="sm">
          {vk.format(b.faelle)} Fälle im Monatsmittel · Soll {zahl(b.sollVk)} VK · Ist {zahl(b.istVk)} VK
          {b.schluessel ? ` · ${b.schluessel}` : ''}
        </Text>
        {b.zeilen.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Bedingung</Table.Th>
                  <Table.Th scope="col">Soll</Table.Th>
                  <Table.Th scope="col">Ist</Table.Th>
                  <Table.Th scope="col">Quelle</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {b.zeilen.map((z) => (
                  <Table.Tr
                    key={z.bereich}
                    style={z.erfuellt ? undefined : { borderLeft: '4px solid var(--mantine-color-red-7)' }}
                  >
                    <Table.Td>
                      <Text size="sm" c={z.erfuellt ? undefined : 'red.8'} fw={z.erfuellt ? undefined : 700}>
                        {z.erfuellt ? '' : 'Nicht erfüllt: '}
                        {z.text}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {z.bereich === 'mix' && z.soll !== null
                        ? `${Math.round(z.soll * 100)} %`
                        : zahl(z.soll)}
                    </Table.Td>
                    <Table.Td>{istText(z)}</Table.Td>
                    <Table.Td>
                      <Text size="xs">{z.quelle}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {b.hinweise.map((h) => (
          <Text key={h} size="sm">
            {h}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}

/** Whether this month's staffing meets each contract, and the register behind it (Leitung). */
export function BesetzungPage() {
  useSeitentitel('Personal und Besetzung');
  const jetzt = new Date();
  const [jahr, setJahr] = useState(jetzt.getFullYear());
  const [monat, setMonat] = useState(jetzt.getMonth() + 1);
  const schluessel = `${jahr}-${String(monat).padStart(2, '0')}`;
  const abfrage = useQuery(besetzungAbfrage(schluessel));
  const personal = useQuery(personalAbfrage);
  const jahre = Array.from({ length: 4 }, (_, i) => jetzt.getFullYear() - i);
  const offen = abfrage.data?.filter((b) => b.erfuellt === false) ?? [];
  const titel = new Map(abfrage.data?.map((b) => [b.leistung, b.titel]));
  const [neu, setNeu] = useState(false);
  const [bearbeiten, setBearbeiten] = useState<string | null>(null);
  // The record as the list has it now: after a save the modal's forms start from the new version.
  const person: Mitarbeiter | undefined = personal.data?.find((p) => p.id === bearbeiten);

  return (
    <Stack gap="lg">
      <Title order={1}>Personal und Besetzung</Title>
      <MonatJahrAuswahl
        monat={monat}
        jahr={jahr}
        jahre={jahre}
        onMonat={setMonat}
        onJahr={setJahr}
        beschriftung="Monat wählen"
      />
      {abfrage.isError && <Ladefehler fehler={abfrage.error} />}
      {abfrage.data && (
        <>
          {offen.length > 0 && (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="status">
              Im {MONATSNAMEN[monat - 1]} {jahr} ist die Besetzung nicht vertragsgemäß:{' '}
              {offen.map((b) => b.titel).join(', ')}.
            </Alert>
          )}
          {abfrage.data.length === 0 && (
            <Text>In diesem Monat laufen keine Hilfen, und niemand ist eingetragen.</Text>
          )}
          {abfrage.data.map((b) => (
            <LeistungKarte key={b.leistung} b={b} />
          ))}
        </>
      )}
      <BesetzungJahr jahr={jahr} />
      <Group justify="space-between">
        <Title order={2}>Personalverzeichnis</Title>
        <Button variant={neu ? 'default' : 'filled'} onClick={() => setNeu((n) => !n)} aria-expanded={neu}>
          {neu ? 'Schließen' : 'Person aufnehmen'}
        </Button>
      </Group>
      <Collapse expanded={neu}>
        <Card withBorder>
          <PersonFormular onFertig={() => setNeu(false)} />
        </Card>
      </Collapse>
      <Modal
        opened={person !== undefined}
        onClose={() => setBearbeiten(null)}
        title={person ? `${person.name} bearbeiten` : ''}
        size="xl"
      >
        {person && (
          <Stack gap="lg">
            <PersonFormular key={person.version} person={person} onFertig={() => setBearbeiten(null)} />
            <Title order={3} size="h5">
              Stellenumfang
            </Title>
            <VkFormular person={person} />
          </Stack>
        )}
      </Modal>
      {personal.isError && <Ladefehler fehler={personal.error} />}
      {personal.data && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Qualifikation</Table.Th>
                <Table.Th scope="col">Funktion</Table.Th>
                <Table.Th scope="col">Leistung</Table.Th>
                <Table.Th scope="col">VK heute</Table.Th>
                <Table.Th scope="col">Führungszeugnis (§ 72a) bis</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Aktionen</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {personal.data.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{QUALIFIKATION[p.qualifikation]}</Table.Td>
                  <Table.Td>
                    {p.funktion === 'leitung'
                      ? `Leitung${p.berufsjahre === null ? '' : ` (${p.berufsjahre} Jahre Erfahrung)`}`
                      : 'Betreuung'}
                  </Table.Td>
                  <Table.Td>{titel.get(p.leistung) ?? p.leistung}</Table.Td>
                  <Table.Td>{vk.format(p.vkHeute)}</Table.Td>
                  <Table.Td>
                    <Text
                      size="sm"
                      c={p.fuehrungszeugnisUeberfaellig ? 'red.8' : undefined}
                      fw={p.fuehrungszeugnisUeberfaellig ? 700 : undefined}
                    >
                      {p.fuehrungszeugnisFaellig ? formatDatum(p.fuehrungszeugnisFaellig) : 'fehlt'}
                      {p.fuehrungszeugnisUeberfaellig && p.fuehrungszeugnisFaellig ? ' – überfällig' : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="light" onClick={() => setBearbeiten(p.id)}>
                      Bearbeiten<VisuallyHidden> {p.name}</VisuallyHidden>
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <SchulungenAbschnitt />
      <Abwesenheiten />
    </Stack>
  );
}
