import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { katalogAbfrage } from '../../api/abfragen';
import { ApiFehler } from '../../api/client';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { useDarf } from '../../lib/rechte';
import { useSeitentitel } from '../../lib/seitentitel';
import { meldeErfolg } from '../jugendamt/melde';
import { type AngeboteneLeistung, leistungsangebotAbfrage, nimmAuf, nimmHeraus } from './api';

const meldung = (f: unknown) =>
  f instanceof ApiFehler
    ? [f.message, ...Object.values(f.felder)].join(' ')
    : 'Die Verbindung ist fehlgeschlagen.';

/**
 * The catalogue Leistungen the provider offers (its Leistungsvereinbarungen): only these can a Jugendamt's ASD
 * ask for. The Leitung adds and removes them; the Administration reads the list.
 */
export function LeistungsangebotPage() {
  useSeitentitel('Angebotene Leistungen');
  const abfrage = useQuery(leistungsangebotAbfrage);
  const { data: katalog = [] } = useQuery(katalogAbfrage);
  const darf = useDarf();
  const [entfernen, setEntfernen] = useState<AngeboteneLeistung | null>(null);
  if (abfrage.isError) return <Ladefehler fehler={abfrage.error} />;
  if (!abfrage.data) return <Laden />;
  const { leistungen } = abfrage.data;
  const aendern = darf('leistungsangebot', 'aendern');
  const frei = katalog.filter((e) => !leistungen.some((l) => l.id === e.id));
  return (
    <Stack>
      <Title order={1}>Angebotene Leistungen</Title>
      <Text>
        Jugendämter können Ihre Organisation nur für diese Leistungen anfragen. Nehmen Sie eine Leistung auf,
        sobald die Leistungsvereinbarung gilt, und aus dem Angebot, wenn sie endet.
      </Text>
      {leistungen.length === 0 ? (
        <Alert color="orange" role="status">
          Ihre Organisation bietet keine Leistung an: Jugendämter finden sie nicht in ihrer Trägerliste.
        </Alert>
      ) : (
        <Table.ScrollContainer minWidth={500}>
          <Table striped aria-label="Angebotene Leistungen">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Leistung</Table.Th>
                <Table.Th scope="col">Laufende Hilfen</Table.Th>
                <Table.Th scope="col">Offene Anfragen</Table.Th>
                {aendern && (
                  <Table.Th scope="col">
                    <VisuallyHidden>Aktion</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {leistungen.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>{l.titel}</Table.Td>
                  <Table.Td>{l.laufendeHilfen}</Table.Td>
                  <Table.Td>{l.offeneAnfragen ?? '–'}</Table.Td>
                  {aendern && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEntfernen(l)}
                        aria-label={`${l.titel} aus dem Angebot nehmen`}
                      >
                        Aus dem Angebot nehmen
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {aendern && <Aufnehmen frei={frei} />}
      {entfernen && (
        <Entfernen leistung={entfernen} letzte={leistungen.length === 1} fertig={() => setEntfernen(null)} />
      )}
    </Stack>
  );
}

function Aufnehmen({ frei }: { frei: { id: string; titel: string }[] }) {
  const queryClient = useQueryClient();
  const [auswahl, setAuswahl] = useState<string | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const auf = useMutation({
    mutationFn: () => nimmAuf(auswahl as string),
    onSuccess: (daten) => {
      queryClient.setQueryData(leistungsangebotAbfrage.queryKey, daten);
      setAuswahl(null);
      setFehler(null);
      meldeErfolg('Leistung ins Angebot aufgenommen.');
    },
    onError: (f) => setFehler(meldung(f)),
  });
  if (frei.length === 0) return <Text c="dimmed">Sie bieten bereits alle Leistungen des Katalogs an.</Text>;
  return (
    <Stack gap="xs" component="section" aria-labelledby="aufnehmen-titel">
      <Title order={2} id="aufnehmen-titel" size="h3">
        Leistung aufnehmen
      </Title>
      {fehler && (
        <Alert color="red" role="alert">
          {fehler}
        </Alert>
      )}
      <Group align="end">
        <Select
          label="Leistung aus dem Katalog"
          placeholder="Bitte wählen"
          data={frei.map((e) => ({ value: e.id, label: e.titel }))}
          value={auswahl}
          onChange={setAuswahl}
          style={{ minWidth: 320 }}
        />
        <Button disabled={!auswahl} loading={auf.isPending} onClick={() => auf.mutate()}>
          Aufnehmen
        </Button>
      </Group>
    </Stack>
  );
}

function Entfernen({
  leistung,
  letzte,
  fertig,
}: {
  leistung: AngeboteneLeistung;
  letzte: boolean;
  fertig: () => void;
}) {
  const queryClient = useQueryClient();
  const [fehler, setFehler] = useState<string | null>(null);
  const weg = useMutation({
    mutationFn: () => nimmHeraus(leistung.id),
    onSuccess: (daten) => {
      queryClient.setQueryData(leistungsangebotAbfrage.queryKey, daten);
      meldeErfolg('Leistung aus dem Angebot genommen.');
      fertig();
    },
    onError: (f) => setFehler(meldung(f)),
  });
  return (
    <Modal opened onClose={fertig} title="Leistung aus dem Angebot nehmen?" centered>
      <Stack>
        <Text>
          Jugendämter können „{leistung.titel}“ danach nicht mehr bei Ihnen anfragen.
          {leistung.laufendeHilfen > 0 &&
            ` ${leistung.laufendeHilfen === 1 ? 'Die laufende Hilfe läuft' : `Die ${leistung.laufendeHilfen} laufenden Hilfen laufen`} unverändert weiter.`}
          {letzte &&
            ' Es ist Ihre letzte Leistung: Ihre Organisation erscheint dann in keiner Trägerliste mehr.'}
        </Text>
        {(leistung.offeneAnfragen ?? 0) > 0 && (
          <Alert color="orange" role="status">
            Zu dieser Leistung warten noch Anfragen auf Antwort. Bitte sagen Sie zuerst zu oder ab.
          </Alert>
        )}
        {fehler && (
          <Alert color="red" role="alert">
            {fehler}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={fertig}>
            Abbrechen
          </Button>
          <Button color="red.9" loading={weg.isPending} onClick={() => weg.mutate()}>
            Aus dem Angebot nehmen
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
