import { ABWESENHEIT_ARTEN, ABWESENHEIT_ARTEN_TEXT } from '@hilfewerk/api';
import { Alert, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DatumFeld } from '../../components/DatumFeld';
import { EntwurfHinweis } from '../../components/EntwurfHinweis';
import { Ladefehler } from '../../components/Ladezustand';
import { datumFehler } from '../../lib/datumseingabe';
import { useEntwurf } from '../../lib/entwurf';
import { zeigeServerfehler } from '../../lib/felder';
import { formatDatum } from '../../lib/format';
import { abwesenheitenAbfrage, entferneAbwesenheit, personalAbfrage, trageAbwesenheitEin } from './api';

interface Werte extends Record<string, unknown> {
  mitarbeiterId: string | null;
  art: string | null;
  von: string | null;
  bis: string | null;
  vertretungId: string | null;
}

/**
 * Leave and illness with the stand-in for the person's cases: a case must never stand without a
 * responsible person. Cases still uncovered are red; the rota page marks shifts during an absence.
 */
export function Abwesenheiten() {
  const queryClient = useQueryClient();
  const liste = useQuery(abwesenheitenAbfrage);
  const personal = useQuery(personalAbfrage);
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const form = useForm<Werte>({
    initialValues: { mitarbeiterId: null, art: 'urlaub', von: null, bis: null, vertretungId: null },
    validate: {
      mitarbeiterId: (w) => (w ? null : 'Bitte die abwesende Person wählen.'),
      art: (w) => (w ? null : 'Bitte die Art wählen.'),
      von: (w) => datumFehler(w, true),
      bis: (w, alle) =>
        datumFehler(w, true) ?? (w && alle.von && w < alle.von ? 'Das Ende liegt vor dem Beginn.' : null),
      vertretungId: (w, alle) => (w && w === alle.mitarbeiterId ? 'Niemand vertritt sich selbst.' : null),
    },
  });
  const entwurf = useEntwurf('abwesenheit-neu', form);
  const aktualisieren = async () => {
    await queryClient.invalidateQueries({ queryKey: ['personal', 'abwesenheiten'] });
    await queryClient.invalidateQueries({ queryKey: ['bereitschaft'] });
  };
  const speichern = useMutation({
    mutationFn: (w: Werte) =>
      trageAbwesenheitEin(w.mitarbeiterId as string, {
        art: w.art as 'urlaub' | 'krankheit',
        von: w.von as string,
        bis: w.bis as string,
        vertretungId: w.vertretungId || null,
      }),
    onSuccess: async (a) => {
      entwurf.erledigt();
      form.reset();
      setMeldungen([]);
      notifications.show({
        color: a.faelleOhneVertretung.length > 0 ? 'orange' : 'green',
        message:
          a.faelleOhneVertretung.length > 0
            ? `Abwesenheit eingetragen. ${a.faelleOhneVertretung.length} Fälle haben noch keine Vertretung.`
            : 'Abwesenheit eingetragen.',
      });
      await aktualisieren();
    },
    onError: (fehler) => setMeldungen(zeigeServerfehler(form, fehler, Object.keys(form.values))),
  });
  const entfernen = useMutation({ mutationFn: entferneAbwesenheit, onSuccess: aktualisieren });
  const personen = (personal.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  const offen = liste.data?.filter((a) => a.faelleOhneVertretung.length > 0) ?? [];

  return (
    <Stack gap="sm" component="section" aria-labelledby="abwesenheiten-titel">
      <Title order={2} id="abwesenheiten-titel">
        Abwesenheiten und Vertretung
      </Title>
      {liste.isError && <Ladefehler fehler={liste.error} />}
      {offen.length > 0 && (
        <Alert
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          role="status"
          title="Fälle ohne Vertretung"
        >
          {offen
            .map(
              (a) =>
                `${a.name} (${formatDatum(a.von)}–${formatDatum(a.bis)}): ${a.faelleOhneVertretung.map((f) => f.aktenzeichen).join(', ')}`,
            )
            .join('; ')}
        </Alert>
      )}
      {liste.data && liste.data.length === 0 && (
        <Text>Ab diesem Monat ist keine Abwesenheit eingetragen.</Text>
      )}
      {liste.data && liste.data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Person</Table.Th>
                <Table.Th scope="col">Art</Table.Th>
                <Table.Th scope="col">Zeitraum</Table.Th>
                <Table.Th scope="col">Vertretung</Table.Th>
                <Table.Th scope="col">Fälle ohne Vertretung</Table.Th>
                <Table.Th scope="col">Aktion</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {liste.data.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.name}</Table.Td>
                  <Table.Td>{ABWESENHEIT_ARTEN_TEXT[a.art]}</Table.Td>
                  <Table.Td>
                    {formatDatum(a.von)}–{formatDatum(a.bis)}
                  </Table.Td>
                  <Table.Td>{a.vertretungName ?? 'keine'}</Table.Td>
                  <Table.Td>
                    {a.faelleOhneVertretung.length === 0 ? (
                      a.faelle === 0 ? (
                        '–'
                      ) : (
                        'alle vertreten'
                      )
                    ) : (
                      <Text size="sm" c="red.8" fw={700}>
                        {a.faelleOhneVertretung.map((f) => f.aktenzeichen).join(', ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => entfernen.mutate(a.id)}
                      aria-label={`Abwesenheit von ${a.name} ab ${formatDatum(a.von)} entfernen`}
                    >
                      Entfernen
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Card withBorder>
        <form onSubmit={form.onSubmit((w) => speichern.mutate(w))} noValidate>
          <Stack gap="sm">
            <Title order={3} size="h5">
              Abwesenheit eintragen
            </Title>
            <EntwurfHinweis entwurf={entwurf} />
            {meldungen.length > 0 && (
              <Alert color="red" role="alert" title="Nicht gespeichert">
                {meldungen.join(' ')}
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
              <Select
                label="Person"
                required
                searchable
                data={personen}
                {...form.getInputProps('mitarbeiterId')}
              />
              <Select
                label="Art"
                required
                allowDeselect={false}
                data={ABWESENHEIT_ARTEN.map((a) => ({ value: a, label: ABWESENHEIT_ARTEN_TEXT[a] }))}
                {...form.getInputProps('art')}
              />
              <DatumFeld label="Von" required {...form.getInputProps('von')} />
              <DatumFeld label="Bis" required {...form.getInputProps('bis')} />
              <Select
                label="Vertretung für die Fälle"
                searchable
                clearable
                data={personen}
                {...form.getInputProps('vertretungId')}
              />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button type="submit" loading={speichern.isPending}>
                Abwesenheit eintragen
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
