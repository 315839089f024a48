import { BESCHWERDE_QUELLEN_TEXT } from '@hilfewerk/api';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { sitzungAbfrage } from '../../api/abfragen';
import { ApiFehler } from '../../api/client';
import { Ladefehler } from '../../components/Ladezustand';
import { formatDatum } from '../../lib/format';
import { useDarf } from '../../lib/rechte';
import { useSeitentitel } from '../../lib/seitentitel';
import {
  BESCHWERDE_STATUS,
  type Beschwerde,
  type BeschwerdeStatus,
  beschwerdenAbfrage,
  setzeStatus,
} from './api';
import { BearbeitenDialog, ErfassenDialog } from './Dialoge';
import { BeschwerdeStatistik } from './Statistik';

const FOLGE: BeschwerdeStatus[] = ['eingegangen', 'in_bearbeitung', 'beantwortet', 'abgeschlossen'];

function Faellig({
  datum,
  ueberfaellig,
  erledigt,
}: {
  datum: string;
  ueberfaellig: boolean;
  erledigt: string | null;
}) {
  if (erledigt) return <Text size="sm">erledigt {formatDatum(erledigt)}</Text>;
  return (
    <Text size="sm" c={ueberfaellig ? 'red.8' : undefined} fw={ueberfaellig ? 700 : undefined}>
      {formatDatum(datum)}
      {ueberfaellig ? ' – überfällig' : ''}
    </Text>
  );
}

/** The organisation's complaints with their due dates; Leitung moves each one forward. */
export function BeschwerdenPage() {
  useSeitentitel('Beschwerden');
  const darf = useDarf();
  const abfrage = useQuery(beschwerdenAbfrage);
  const [offen, setOffen] = useState<Beschwerde | null>(null);
  const [bearbeiten, setBearbeiten] = useState<Beschwerde | null>(null);
  const [erfassen, setErfassen] = useState(false);
  const diesesJahr = Number(new Date().toISOString().slice(0, 4));
  const [jahr, setJahr] = useState(diesesJahr);
  // The years to choose from: every year with a complaint, and the current one even without.
  const jahre = [
    ...new Set([diesesJahr, jahr, ...(abfrage.data ?? []).map((b) => Number(b.eingegangenAm.slice(0, 4)))]),
  ].sort((a, b) => b - a);
  const herkunft = typeof window === 'undefined' ? '' : window.location.origin;
  // The Leitung hangs this address up on posters: it names her own organisation, not a placeholder.
  const kennung = useQuery(sitzungAbfrage).data?.organisation.kennung;
  const formular = kennung ? `${herkunft}/beschwerde/${kennung}` : null;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Beschwerden</Title>
        {darf('beschwerde', 'anlegen') && (
          <Button onClick={() => setErfassen(true)}>Beschwerde erfassen</Button>
        )}
      </Group>
      <Text size="sm">
        Eingangsbestätigung innerhalb von 7 Tagen, Antwort innerhalb von 4 Wochen.{' '}
        {formular ? (
          <>
            Das öffentliche Formular erreichen Beschwerdeführende ohne Anmeldung, auch auf dem Handy, unter{' '}
            <Anchor href={formular} target="_blank" rel="noopener">
              {formular}
            </Anchor>
            .
          </>
        ) : (
          'Ein öffentliches Formular hat Ihre Organisation noch nicht: Beschwerden erfassen Sie hier selbst.'
        )}
      </Text>
      <BeschwerdeStatistik jahr={jahr} jahre={jahre} setzeJahr={setJahr} />
      {abfrage.isError ? (
        <Ladefehler fehler={abfrage.error} />
      ) : abfrage.isPending ? (
        <Text role="status">Beschwerden werden geladen …</Text>
      ) : abfrage.data.length === 0 ? (
        <Text>Keine Beschwerden.</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Vorgang</Table.Th>
                <Table.Th scope="col">Eingang</Table.Th>
                <Table.Th scope="col">Beschwerde</Table.Th>
                <Table.Th scope="col">Kontakt</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Bestätigung bis</Table.Th>
                <Table.Th scope="col">Antwort bis</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Aktion</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {abfrage.data.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{b.vorgangsnummer}</Table.Td>
                  <Table.Td>
                    {formatDatum(b.eingegangenAm)}
                    <Text size="xs">{BESCHWERDE_QUELLEN_TEXT[b.quelle]}</Text>
                  </Table.Td>
                  <Table.Td maw={360} style={{ whiteSpace: 'pre-wrap' }}>
                    {b.text}
                    {b.ergebnis && (
                      <Text size="xs" mt={4}>
                        Ergebnis: {b.ergebnis}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {b.kontakt ?? 'anonym'}
                    {b.verantwortlichName && <Text size="xs">Verantwortlich: {b.verantwortlichName}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{BESCHWERDE_STATUS[b.status]}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <Faellig
                      datum={b.bestaetigungFaellig}
                      ueberfaellig={b.bestaetigungUeberfaellig}
                      erledigt={b.bestaetigtAm}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Faellig
                      datum={b.antwortFaellig}
                      ueberfaellig={b.antwortUeberfaellig}
                      erledigt={b.beantwortetAm}
                    />
                  </Table.Td>
                  <Table.Td>
                    {darf('beschwerde', 'aendern') && (
                      <Group gap="xs" wrap="nowrap">
                        {b.status !== 'abgeschlossen' && (
                          <Button size="xs" variant="light" onClick={() => setOffen(b)}>
                            Weiterführen<VisuallyHidden> {b.vorgangsnummer}</VisuallyHidden>
                          </Button>
                        )}
                        <Button size="xs" variant="default" onClick={() => setBearbeiten(b)}>
                          Bearbeiten<VisuallyHidden> {b.vorgangsnummer}</VisuallyHidden>
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {offen && <StatusDialog beschwerde={offen} schliessen={() => setOffen(null)} />}
      {bearbeiten && <BearbeitenDialog beschwerde={bearbeiten} schliessen={() => setBearbeiten(null)} />}
      {erfassen && <ErfassenDialog schliessen={() => setErfassen(false)} />}
    </Stack>
  );
}

function StatusDialog({ beschwerde, schliessen }: { beschwerde: Beschwerde; schliessen: () => void }) {
  const queryClient = useQueryClient();
  const moeglich = FOLGE.slice(FOLGE.indexOf(beschwerde.status) + 1);
  const [status, setStatusWahl] = useState<BeschwerdeStatus>(moeglich[0]);
  const [ergebnis, setErgebnis] = useState(beschwerde.ergebnis ?? '');
  const speichern = useMutation({
    mutationFn: () => setzeStatus(beschwerde.id, status, ergebnis.trim() || null),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: beschwerdenAbfrage.queryKey });
      schliessen();
    },
  });
  const fehler = speichern.error instanceof ApiFehler ? speichern.error : null;
  return (
    <Modal
      opened
      onClose={schliessen}
      title={`Beschwerde ${beschwerde.vorgangsnummer} weiterführen`}
      closeButtonProps={{ 'aria-label': 'Schließen' }}
    >
      <Stack>
        {fehler && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {Object.values(fehler.felder)[0] ?? fehler.message}
          </Alert>
        )}
        <Select
          label="Neuer Status"
          data={moeglich.map((s) => ({ value: s, label: BESCHWERDE_STATUS[s] }))}
          value={status}
          onChange={(w) => w && setStatusWahl(w as BeschwerdeStatus)}
          allowDeselect={false}
        />
        <Textarea
          label="Ergebnis"
          description="Für „Beantwortet“ und „Abgeschlossen“ nötig: was ist aus der Beschwerde geworden?"
          autosize
          minRows={3}
          value={ergebnis}
          onChange={(e) => setErgebnis(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={schliessen}>
            Abbrechen
          </Button>
          <Button loading={speichern.isPending} onClick={() => speichern.mutate()}>
            Speichern
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
