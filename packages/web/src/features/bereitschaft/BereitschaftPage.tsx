import { Alert, Anchor, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconFileTypePdf } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiFehler } from '../../api/client';
import { Ladefehler } from '../../components/Ladezustand';
import { MonatJahrAuswahl } from '../../components/MonatJahrAuswahl';
import { wochentagZeitDe } from '../../lib/format';
import { useDarf } from '../../lib/rechte';
import { useSeitentitel } from '../../lib/seitentitel';
import { personalAbfrage } from '../personal/api';
import { diensteAbfrage, entferneDienst, planeDienst } from './api';

/** A `datetime-local` value is wall-clock time of the browser (in Germany): as an instant with offset. */
const alsZeitpunkt = (lokal: string) => (lokal ? new Date(lokal).toISOString() : '');

/** The on-call rota of a month: who is reachable when, printable for the fire brigade (Leitung). */
export function BereitschaftPage() {
  useSeitentitel('Bereitschaftsdienst');
  const darf = useDarf();
  const jetzt = new Date();
  const [jahr, setJahr] = useState(jetzt.getFullYear());
  const [monat, setMonat] = useState(jetzt.getMonth() + 1);
  const schluessel = `${jahr}-${String(monat).padStart(2, '0')}`;
  const dienste = useQuery(diensteAbfrage(schluessel));
  const personal = useQuery(personalAbfrage);
  const queryClient = useQueryClient();
  const [neu, setNeu] = useState({ mitarbeiterId: '', von: '', bis: '', telefon: '' });
  const aktualisieren = () => queryClient.invalidateQueries({ queryKey: ['bereitschaft'] });
  const planen = useMutation({
    mutationFn: () => planeDienst({ ...neu, von: alsZeitpunkt(neu.von), bis: alsZeitpunkt(neu.bis) }),
    onSuccess: async () => {
      setNeu({ mitarbeiterId: neu.mitarbeiterId, von: '', bis: '', telefon: neu.telefon });
      await aktualisieren();
    },
  });
  const entfernen = useMutation({ mutationFn: entferneDienst, onSuccess: aktualisieren });
  const fehler = planen.error instanceof ApiFehler ? planen.error : null;
  const jahre = Array.from({ length: 4 }, (_, i) => jetzt.getFullYear() + 1 - i);

  return (
    <Stack gap="lg">
      <Title order={1}>Bereitschaftsdienst</Title>
      <MonatJahrAuswahl
        monat={monat}
        jahr={jahr}
        jahre={jahre}
        onMonat={setMonat}
        onJahr={setJahr}
        beschriftung="Monat wählen"
      >
        <Anchor href={`/api/bereitschaft/${schluessel}/pdf`} download>
          <Group gap={4}>
            <IconFileTypePdf aria-hidden size={18} />
            Plan als PDF für die Feuerwehr
          </Group>
        </Anchor>
      </MonatJahrAuswahl>
      {dienste.isError && <Ladefehler fehler={dienste.error} />}
      {dienste.data && dienste.data.length === 0 && (
        <Text>Für diesen Monat ist kein Dienst eingetragen.</Text>
      )}
      {dienste.data?.some((d) => d.abwesenheit) && (
        <Alert
          color="red"
          icon={<IconAlertCircle aria-hidden />}
          role="status"
          title="Dienst während einer Abwesenheit"
        >
          {dienste.data
            .filter((d) => d.abwesenheit)
            .map((d) => `${d.name} ab ${wochentagZeitDe(d.von)} Uhr (${d.abwesenheit})`)
            .join('; ')}
          . Bitte den Dienst neu besetzen, bevor der Plan an die Feuerwehr geht.
        </Alert>
      )}
      {dienste.data && dienste.data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Von</Table.Th>
                <Table.Th scope="col">Bis</Table.Th>
                <Table.Th scope="col">Erreichbar</Table.Th>
                <Table.Th scope="col">Telefon</Table.Th>
                {darf('bereitschaft', 'aendern') && <Table.Th scope="col">Aktion</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {dienste.data.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{wochentagZeitDe(d.von)} Uhr</Table.Td>
                  <Table.Td>{wochentagZeitDe(d.bis)} Uhr</Table.Td>
                  <Table.Td>
                    {d.name}
                    {d.abwesenheit && (
                      <Text size="sm" c="red.8" fw={700}>
                        abwesend: {d.abwesenheit}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{d.telefon}</Table.Td>
                  {darf('bereitschaft', 'aendern') && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={`Dienst von ${d.name} ab ${wochentagZeitDe(d.von)} entfernen`}
                        onClick={() => entfernen.mutate(d.id)}
                      >
                        Entfernen
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {darf('bereitschaft', 'anlegen') && (
        <>
          <Title order={2}>Dienst eintragen</Title>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              planen.mutate();
            }}
          >
            <Stack maw={520}>
              {fehler && (
                <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
                  {Object.values(fehler.felder)[0] ?? fehler.message}
                </Alert>
              )}
              <Select
                label="Person"
                data={(personal.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
                value={neu.mitarbeiterId || null}
                onChange={(v) => setNeu({ ...neu, mitarbeiterId: v ?? '' })}
                searchable
              />
              <TextInput
                label="Beginn"
                type="datetime-local"
                value={neu.von}
                onChange={(e) => setNeu({ ...neu, von: e.currentTarget.value })}
              />
              <TextInput
                label="Ende"
                type="datetime-local"
                value={neu.bis}
                onChange={(e) => setNeu({ ...neu, bis: e.currentTarget.value })}
              />
              <TextInput
                label="Telefon"
                value={neu.telefon}
                onChange={(e) => setNeu({ ...neu, telefon: e.currentTarget.value })}
              />
              <Button type="submit" loading={planen.isPending}>
                Dienst eintragen
              </Button>
            </Stack>
          </form>
        </>
      )}
    </Stack>
  );
}
