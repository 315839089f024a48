import {
  PFLICHT_STATUS_TEXT,
  VORKOMMNIS_ARTEN,
  VORKOMMNIS_ARTEN_TEXT,
  type VorkommnisArtCode,
} from '@hilfewerk/api';
import {
  Alert,
  Badge,
  Button,
  Card,
  Collapse,
  Group,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconFileTypePdf } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DatumFeld } from '../../components/DatumFeld';
import { Ladefehler } from '../../components/Ladezustand';
import { datumFehler, heuteIso } from '../../lib/datumseingabe';
import { zeigeServerfehler } from '../../lib/felder';
import { formatDatum } from '../../lib/format';
import { erfasseVorkommnis, type VorkommnisPflicht, vorkommnisseAbfrage } from './api';
import { PflichtFormular } from './PflichtFormular';

const FARBE = { offen: 'orange', ueberfaellig: 'red', erledigt: 'green', unterblieben: 'gray' } as const;

type Werte = {
  art: VorkommnisArtCode | null;
  datum: string | null;
  beschreibung: string;
};

/**
 * In the case file, for the case team's Fachkräfte and the Leitung: crises and besondere Vorkommnisse with the
 * duties they set off (Jugendamt, custodians, § 47 report), each open one with its form.
 */
export function VorkommnisAbschnitt({ fallId }: { fallId: string }) {
  const queryClient = useQueryClient();
  const liste = useQuery(vorkommnisseAbfrage(fallId));
  const [offen, setOffen] = useState(false);
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const form = useForm<Werte>({
    initialValues: { art: null, datum: heuteIso(), beschreibung: '' },
    validate: {
      art: (w) => (w ? null : 'Bitte die Art wählen.'),
      datum: (w) => datumFehler(w, true),
      beschreibung: (w) => (w.trim() ? null : 'Bitte beschreiben, was geschehen ist.'),
    },
  });
  const erfassen = useMutation({
    mutationFn: (w: Werte) =>
      erfasseVorkommnis(fallId, {
        art: w.art as VorkommnisArtCode,
        datum: w.datum ?? '',
        beschreibung: w.beschreibung.trim(),
      }),
    onSuccess: async () => {
      form.reset();
      setOffen(false);
      setMeldungen([]);
      await queryClient.invalidateQueries({ queryKey: ['vorkommnisse'] });
    },
    onError: (f) => setMeldungen(zeigeServerfehler(form, f, ['art', 'datum', 'beschreibung'])),
  });
  return (
    <Stack component="section" aria-labelledby="vorkommnisse-titel" gap="sm">
      <Title order={2} id="vorkommnisse-titel">
        Krisen und besondere Vorkommnisse
      </Title>
      <Text size="sm" c="dimmed">
        Gesundheitsdaten: sichtbar nur für das Fallteam (Fachkräfte) und die Leitung; jedes Öffnen wird
        protokolliert.
      </Text>
      {liste.isError && <Ladefehler fehler={liste.error} />}
      {liste.data?.length === 0 && <Text c="dimmed">Kein Vorkommnis festgehalten.</Text>}
      {(liste.data ?? []).map((v) => (
        <Card key={v.id} withBorder component="article" aria-label={`${v.titel} am ${formatDatum(v.datum)}`}>
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={700}>
                {v.titel} am {formatDatum(v.datum)}
              </Text>
              <Text size="sm" c="dimmed">
                festgehalten von {v.erfasstVon}
              </Text>
            </Group>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{v.beschreibung}</Text>
            {v.pflichten.map((p) => (
              <Pflicht key={p.art} vorkommnisId={v.id} p={p} />
            ))}
          </Stack>
        </Card>
      ))}
      <Group>
        <Button
          variant="default"
          leftSection={<IconAlertTriangle size={16} aria-hidden />}
          onClick={() => setOffen((o) => !o)}
          aria-expanded={offen}
        >
          Vorkommnis festhalten …
        </Button>
      </Group>
      <Collapse expanded={offen}>
        <form
          onSubmit={form.onSubmit((w) => erfassen.mutate(w))}
          noValidate
          aria-label="Vorkommnis festhalten"
        >
          <Stack maw={700}>
            {meldungen.length > 0 && (
              <Alert color="red" role="alert">
                {meldungen.join(' ')}
              </Alert>
            )}
            <Group grow align="flex-start">
              <Select
                label="Art des Vorkommnisses"
                required
                data={VORKOMMNIS_ARTEN.map((a) => ({ value: a, label: VORKOMMNIS_ARTEN_TEXT[a] }))}
                {...form.getInputProps('art')}
              />
              <DatumFeld label="Datum des Vorkommnisses" required {...form.getInputProps('datum')} />
            </Group>
            <Textarea
              label="Was ist geschehen?"
              required
              autosize
              minRows={3}
              {...form.getInputProps('beschreibung')}
            />
            <Group>
              <Button type="submit" loading={erfassen.isPending}>
                Vorkommnis speichern
              </Button>
            </Group>
          </Stack>
        </form>
      </Collapse>
    </Stack>
  );
}

function Pflicht({ vorkommnisId, p }: { vorkommnisId: string; p: VorkommnisPflicht }) {
  const erledigt = p.status === 'erledigt' || p.status === 'unterblieben';
  return (
    <Stack gap={4} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}>
      <Group gap="xs">
        <Text fw={600}>{p.titel}</Text>
        <Badge color={FARBE[p.status]}>{PFLICHT_STATUS_TEXT[p.status]}</Badge>
        {!erledigt && <Text size="sm">fällig am {formatDatum(p.faelligAm)}</Text>}
      </Group>
      {p.erledigtAm && (
        <Text size="sm">
          am {formatDatum(p.erledigtAm)}: {p.an} ({p.weg})
        </Text>
      )}
      {p.grund && <Text size="sm">Grund: {p.grund}</Text>}
      <Text size="xs" c="dimmed">
        {p.grundlage}
      </Text>
      {!erledigt && <PflichtFormular vorkommnisId={vorkommnisId} pflicht={p} />}
      {p.art === 'aufsicht' && (
        <Group>
          <Button
            component="a"
            href={`/api/vorkommnisse/${vorkommnisId}/meldung/pdf`}
            download
            size="xs"
            variant="default"
            leftSection={<IconFileTypePdf size={16} aria-hidden />}
          >
            Meldung nach § 47 (PDF)
          </Button>
        </Group>
      )}
    </Stack>
  );
}
