import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiFehler } from '../../api/client';
import { DatumFeld } from '../../components/DatumFeld';
import { datumFehler } from '../../lib/datumseingabe';
import { erfasseStellenaenderung, type Stelle, type Vereinbarung } from './api';

const ART = { fachkraft: 'Fachkraft', semiprofessionell: 'semiprofessionell' } as const;

interface Werte extends Record<string, unknown> {
  ab: string | null;
  grund: string;
  stellen: Stelle[];
}

/**
 * A change of working time or staff "mit Inkrafttreten" (Modellprojekt Bremerhaven, II.5): from its day on the
 * new plan counts, the quarters before keep theirs. Starts from the plan in force now.
 */
export function StellenaenderungFormular({ v }: { v: Vereinbarung }) {
  const queryClient = useQueryClient();
  const [meldung, setMeldung] = useState<string | null>(null);
  const geltend = v.stellenaenderungen.at(-1)?.stellen ?? v.stellen;
  const form = useForm<Werte>({
    initialValues: { ab: null, grund: '', stellen: geltend.map((s) => ({ ...s })) },
    validate: { ab: (w) => datumFehler(w, true) },
  });
  const speichern = useMutation({
    mutationFn: (w: Werte) =>
      erfasseStellenaenderung(v, {
        ab: w.ab as string,
        ...(w.grund.trim() ? { grund: w.grund.trim() } : {}),
        stellen: w.stellen,
      }),
    onSuccess: async () => {
      setMeldung(null);
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['budget'] });
      notifications.show({ color: 'green', message: 'Änderung des Stellenplans gespeichert.' });
    },
    onError: (fehler) => {
      setMeldung(
        fehler instanceof ApiFehler
          ? [fehler.message, ...Object.values(fehler.felder)].join(' ')
          : 'Die Verbindung zum Server ist fehlgeschlagen; bitte erneut versuchen.',
      );
    },
  });
  return (
    <Stack gap="xs" component="section" aria-labelledby="stellenaenderung">
      <Title order={2} id="stellenaenderung">
        Änderung des Stellenplans erfassen
      </Title>
      <Text size="sm">
        Tarifliche oder gesetzliche Änderungen der Arbeitszeit gelten mit ihrem Inkrafttreten (Modellprojekt
        Bremerhaven, II.5): ab dem Tag zählt der neue Plan, die Quartale davor behalten ihren.
      </Text>
      {meldung && (
        <Alert color="red" role="alert" title="Nicht gespeichert">
          {meldung}
        </Alert>
      )}
      <form onSubmit={form.onSubmit((w) => speichern.mutate(w))} noValidate>
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DatumFeld label="Gültig ab" required {...form.getInputProps('ab')} />
            <TextInput label="Anlass" description="z. B. Tarifvertrag" {...form.getInputProps('grund')} />
          </SimpleGrid>
          {form.values.stellen.map((s, i) => (
            // The rows are the plan's positions in their order; they are edited, never reordered.
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed rows, see above
            <SimpleGrid key={`${s.art}-${i}`} cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label={`VK ${ART[s.art]} (${i + 1})`}
                min={0}
                decimalSeparator=","
                {...form.getInputProps(`stellen.${i}.vk`)}
              />
              <NumberInput
                label={`Jahresstunden je VK ${ART[s.art]} (${i + 1})`}
                min={0}
                decimalSeparator=","
                {...form.getInputProps(`stellen.${i}.jahresstundenVk`)}
              />
            </SimpleGrid>
          ))}
          <Group justify="flex-end">
            <Button type="submit" loading={speichern.isPending}>
              Änderung speichern
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
