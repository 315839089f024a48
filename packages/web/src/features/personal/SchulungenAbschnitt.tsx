import {
  SCHULUNG_ARTEN,
  SCHULUNG_ARTEN_TEXT,
  type SchulungArt,
  type SchulungEingabe,
  type Schulungsstand,
} from '@hilfewerk/api';
import { Alert, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { anfrage } from '../../api/client';
import { DatumFeld } from '../../components/DatumFeld';
import { Ladefehler } from '../../components/Ladezustand';
import { datumFehler, heuteIso } from '../../lib/datumseingabe';
import { zeigeServerfehler } from '../../lib/felder';
import { formatDatum } from '../../lib/format';

const schulungenAbfrage = queryOptions({
  queryKey: ['personal', 'schulungen'],
  queryFn: async () => (await anfrage<Schulungsstand[]>('/api/personal/schulungen')).daten,
});

type Werte = {
  person: string | null;
  art: SchulungArt;
  datum: string | null;
  anbieter: string;
  titel: string;
};

/** Trainings per person; the yearly § 8a training overdue in red (personnel data: Leitung, Administration). */
export function SchulungenAbschnitt() {
  const queryClient = useQueryClient();
  const abfrage = useQuery(schulungenAbfrage);
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const form = useForm<Werte>({
    initialValues: { person: null, art: 'kinderschutz-8a', datum: heuteIso(), anbieter: '', titel: '' },
    validate: {
      person: (w) => (w ? null : 'Bitte die Person wählen.'),
      datum: (w) => datumFehler(w, true),
      anbieter: (w) => (w.trim() ? null : 'Bitte den Anbieter angeben.'),
      titel: (w, v) => (v.art === 'sonstige' && !w.trim() ? 'Bitte das Thema angeben.' : null),
    },
  });
  const speichern = useMutation({
    mutationFn: async (w: Werte) => {
      const body: SchulungEingabe = {
        art: w.art,
        datum: w.datum ?? '',
        anbieter: w.anbieter.trim(),
        titel: w.titel.trim() || null,
      };
      return (
        await anfrage<Schulungsstand>(`/api/personal/${w.person}/schulungen`, { methode: 'POST', body })
      ).daten;
    },
    onSuccess: async () => {
      form.setValues({ anbieter: '', titel: '' });
      setMeldungen([]);
      await queryClient.invalidateQueries({ queryKey: ['personal', 'schulungen'] });
    },
    onError: (f) => setMeldungen(zeigeServerfehler(form, f, ['art', 'datum', 'anbieter', 'titel'])),
  });
  const ueberfaellig = abfrage.data?.filter((p) => p.ueberfaellig) ?? [];
  return (
    <Stack component="section" aria-labelledby="schulungen-titel" gap="sm">
      <Title order={2} id="schulungen-titel">
        Schulungen (jährlich § 8a)
      </Title>
      {abfrage.isError && <Ladefehler fehler={abfrage.error} />}
      {ueberfaellig.length > 0 && (
        <Alert color="red" role="status">
          Schulung nach § 8a überfällig: {ueberfaellig.map((p) => p.name).join(', ')}.
        </Alert>
      )}
      {abfrage.data && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Letzte § 8a-Schulung</Table.Th>
                <Table.Th scope="col">Nächste fällig</Table.Th>
                <Table.Th scope="col">Alle Schulungen</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {abfrage.data.map((p) => (
                <Table.Tr key={p.mitarbeiterId}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{p.letzte8a ? formatDatum(p.letzte8a) : 'noch keine'}</Table.Td>
                  <Table.Td>
                    {formatDatum(p.faelligAm)} {p.ueberfaellig && <Badge color="red">überfällig</Badge>}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {p.schulungen
                        .map(
                          (s) =>
                            `${formatDatum(s.datum)} ${s.titel ?? SCHULUNG_ARTEN_TEXT[s.art]} (${s.anbieter})`,
                        )
                        .join('; ') || '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <form onSubmit={form.onSubmit((w) => speichern.mutate(w))} noValidate aria-label="Schulung festhalten">
        <Stack maw={700} gap="xs">
          {meldungen.length > 0 && (
            <Alert color="red" role="alert">
              {meldungen.join(' ')}
            </Alert>
          )}
          <Group grow align="flex-start">
            <Select
              label="Person"
              required
              data={(abfrage.data ?? []).map((p) => ({ value: p.mitarbeiterId, label: p.name }))}
              {...form.getInputProps('person')}
            />
            <Select
              label="Art der Schulung"
              required
              allowDeselect={false}
              data={SCHULUNG_ARTEN.map((a) => ({ value: a, label: SCHULUNG_ARTEN_TEXT[a] }))}
              {...form.getInputProps('art')}
            />
            <DatumFeld label="Besucht am" required {...form.getInputProps('datum')} />
          </Group>
          <Group grow align="flex-start">
            <TextInput label="Anbieter" required {...form.getInputProps('anbieter')} />
            <TextInput
              label="Thema"
              required={form.values.art === 'sonstige'}
              {...form.getInputProps('titel')}
            />
          </Group>
          <Group>
            <Button type="submit" loading={speichern.isPending}>
              Schulung festhalten
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
