import {
  type EigenePflicht,
  PFLICHT_RHYTHMEN,
  PFLICHT_RHYTHMUS_TEXT,
  type PflichtRhythmus,
} from '@hilfewerk/api';
import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { aendereEigenePflicht, beendeEigenePflicht, legeEigenePflichtAn } from '../../api/fristen';
import { DatumFeld } from '../../components/DatumFeld';
import { Ladefehler } from '../../components/Ladezustand';
import { datumFehler } from '../../lib/datumseingabe';
import { zeigeServerfehler } from '../../lib/felder';
import { formatDatum } from '../../lib/format';
import { useDarf } from '../../lib/rechte';
import { eigenePflichtenAbfrage } from './abfragen';

const RHYTHMEN = PFLICHT_RHYTHMEN.map((r) => ({
  value: r,
  label: r === 'wochen' ? 'alle N Wochen' : PFLICHT_RHYTHMUS_TEXT[r],
}));

export function rhythmusText(p: Pick<EigenePflicht, 'rhythmus' | 'alleWochen'>): string {
  if (p.rhythmus !== 'wochen') return PFLICHT_RHYTHMUS_TEXT[p.rhythmus];
  return p.alleWochen === 1 ? 'jede Woche' : `alle ${p.alleWochen} Wochen`;
}

/**
 * Duties no contract names but the Leitung keeps (team and case supervision, a closed-door day): each one
 * puts its next dates among the organisation deadlines above. Leitung sets, changes and stops them.
 */
export function EigenePflichten() {
  const darf = useDarf();
  const abfrage = useQuery({ ...eigenePflichtenAbfrage, enabled: darf('eigenePflicht', 'lesen') });
  const [bearbeiten, setBearbeiten] = useState<EigenePflicht | 'neu' | null>(null);
  const [beenden, setBeenden] = useState<EigenePflicht | null>(null);
  if (!darf('eigenePflicht', 'lesen')) return null;
  const aendern = darf('eigenePflicht', 'aendern');
  return (
    <Stack component="section" aria-labelledby="eigene-pflichten" gap="xs">
      <Title order={2} id="eigene-pflichten">
        Eigene Pflichten der Leitung
      </Title>
      <Text size="sm" c="dimmed">
        Wiederkehrende Pflichten ohne Vertragsgrundlage, z. B. Team- und Fallsupervision. Ihre nächsten
        Termine stehen bei den Fristen des Trägers.
      </Text>
      {abfrage.isError ? (
        <Ladefehler fehler={abfrage.error} />
      ) : (abfrage.data ?? []).length === 0 ? (
        <Text>{abfrage.isPending ? 'Wird geladen …' : 'Keine eigenen Pflichten festgelegt.'}</Text>
      ) : (
        <Table striped aria-label="Eigene Pflichten der Leitung">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Pflicht</Table.Th>
              <Table.Th scope="col">Rhythmus</Table.Th>
              <Table.Th scope="col">Erster Termin</Table.Th>
              <Table.Th scope="col">Stand</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(abfrage.data ?? []).map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Text size="sm">{p.titel}</Text>
                  {p.hinweis && (
                    <Text size="xs" c="dimmed">
                      {p.hinweis}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{rhythmusText(p)}</Table.Td>
                <Table.Td>{formatDatum(p.erstmals)}</Table.Td>
                <Table.Td>
                  {p.beendetAm ? (
                    `beendet am ${formatDatum(p.beendetAm)}`
                  ) : aendern ? (
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => setBearbeiten(p)}
                        aria-label={`${p.titel} ändern`}
                      >
                        Ändern
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="default"
                        onClick={() => setBeenden(p)}
                        aria-label={`${p.titel} beenden`}
                      >
                        Beenden
                      </Button>
                    </Group>
                  ) : (
                    'läuft'
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {darf('eigenePflicht', 'anlegen') && (
        <Group>
          <Button variant="light" onClick={() => setBearbeiten('neu')}>
            Eigene Pflicht anlegen
          </Button>
        </Group>
      )}
      {bearbeiten && (
        <PflichtDialog
          pflicht={bearbeiten === 'neu' ? null : bearbeiten}
          fertig={() => setBearbeiten(null)}
        />
      )}
      {beenden && <BeendenDialog pflicht={beenden} fertig={() => setBeenden(null)} />}
    </Stack>
  );
}

type Werte = {
  titel: string;
  rhythmus: PflichtRhythmus | null;
  alleWochen: number | string;
  erstmals: string | null;
  hinweis: string;
};

function PflichtDialog({ pflicht, fertig }: { pflicht: EigenePflicht | null; fertig: () => void }) {
  const queryClient = useQueryClient();
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const form = useForm<Werte>({
    initialValues: {
      titel: pflicht?.titel ?? '',
      rhythmus: pflicht?.rhythmus ?? null,
      alleWochen: pflicht?.alleWochen ?? '',
      erstmals: pflicht?.erstmals ?? null,
      hinweis: pflicht?.hinweis ?? '',
    },
    validate: {
      titel: (w) => (w.trim() ? null : 'Bitte einen Titel angeben.'),
      rhythmus: (w) => (w ? null : 'Bitte einen Rhythmus wählen.'),
      alleWochen: (w, werte) =>
        werte.rhythmus !== 'wochen' || (Number.isInteger(w) && Number(w) >= 1 && Number(w) <= 52)
          ? null
          : 'Bitte eine ganze Zahl von 1 bis 52 Wochen angeben.',
      erstmals: (w) => datumFehler(w, true),
    },
  });
  const mutation = useMutation({
    mutationFn: (w: Werte) => {
      const e = {
        titel: w.titel.trim(),
        rhythmus: w.rhythmus as PflichtRhythmus,
        alleWochen: w.rhythmus === 'wochen' ? Number(w.alleWochen) : null,
        erstmals: w.erstmals as string,
        hinweis: w.hinweis.trim() || null,
      };
      return pflicht
        ? aendereEigenePflicht(pflicht.id, { ...e, version: pflicht.version })
        : legeEigenePflichtAn(e);
    },
    onSuccess: async () => {
      notifications.show({ color: 'green', message: pflicht ? 'Pflicht geändert.' : 'Pflicht angelegt.' });
      fertig();
      await queryClient.invalidateQueries({ queryKey: ['fristen'] });
    },
    onError: (f) =>
      setMeldungen(zeigeServerfehler(form, f, ['titel', 'rhythmus', 'alleWochen', 'erstmals', 'hinweis'])),
  });
  return (
    <Modal
      opened
      onClose={fertig}
      title={pflicht ? 'Eigene Pflicht ändern' : 'Eigene Pflicht anlegen'}
      centered
    >
      <form onSubmit={form.onSubmit((w) => mutation.mutate(w))} noValidate>
        <Stack>
          {meldungen.length > 0 && (
            <Alert color="red" role="alert" title="Nicht gespeichert">
              {meldungen.join(' ')}
            </Alert>
          )}
          <TextInput label="Titel" required data-autofocus {...form.getInputProps('titel')} />
          <Select
            label="Rhythmus"
            placeholder="Bitte wählen"
            data={RHYTHMEN}
            required
            {...form.getInputProps('rhythmus')}
          />
          {form.values.rhythmus === 'wochen' && (
            <NumberInput
              label="Alle wie viele Wochen"
              min={1}
              max={52}
              allowDecimal={false}
              required
              {...form.getInputProps('alleWochen')}
            />
          )}
          <DatumFeld label="Erster Termin" required {...form.getInputProps('erstmals')} />
          <Textarea label="Hinweis" autosize minRows={2} {...form.getInputProps('hinweis')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={fertig}>
              Abbrechen
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              Speichern
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function BeendenDialog({ pflicht, fertig }: { pflicht: EigenePflicht; fertig: () => void }) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => beendeEigenePflicht(pflicht.id, pflicht.version),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: 'Pflicht beendet.' });
      fertig();
      await queryClient.invalidateQueries({ queryKey: ['fristen'] });
    },
  });
  return (
    <Modal opened onClose={fertig} title="Eigene Pflicht beenden" centered>
      <Stack>
        <Text size="sm">
          „{pflicht.titel}“ ab heute beenden? Ihre offenen Fristen entfallen; erledigte bleiben mit ihren
          Berichten.
        </Text>
        {mutation.isError && (
          <Alert color="red" role="alert">
            {mutation.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={fertig}>
            Abbrechen
          </Button>
          <Button color="red" loading={mutation.isPending} onClick={() => mutation.mutate()}>
            Beenden
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
