import { Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DatumFeld } from '../../components/DatumFeld';
import { EntwurfHinweis } from '../../components/EntwurfHinweis';
import { datumFehler } from '../../lib/datumseingabe';
import { useEntwurf } from '../../lib/entwurf';
import { zeigeServerfehler } from '../../lib/felder';
import { formatDatum } from '../../lib/format';
import { type Mitarbeiter, setzeVk } from './api';
import { vkFehler } from './PersonFormular';

const zahl = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 3 });

/** A VK change from a day on; earlier months keep the VK that held then. */
export function VkFormular({ person }: { person: Mitarbeiter }) {
  const queryClient = useQueryClient();
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const form = useForm<{ ab: string | null; vk: number | string }>({
    initialValues: { ab: null, vk: '' },
    validate: { ab: (w) => datumFehler(w, true), vk: vkFehler },
  });
  const entwurf = useEntwurf(`vk:${person.id}`, form);
  const speichern = useMutation({
    mutationFn: (w: { ab: string | null; vk: number | string }) =>
      setzeVk(person.id, { ab: w.ab as string, vk: Number(w.vk) }),
    onSuccess: async () => {
      entwurf.erledigt();
      form.reset();
      setMeldungen([]);
      notifications.show({ color: 'green', message: 'Stellenumfang gespeichert.' });
      await queryClient.invalidateQueries({ queryKey: ['personal'] });
      await queryClient.invalidateQueries({ queryKey: ['besetzung'] });
    },
    onError: (fehler) => setMeldungen(zeigeServerfehler(form, fehler, ['ab', 'vk'])),
  });
  return (
    <form onSubmit={form.onSubmit((w) => speichern.mutate(w))} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          Bisher: {person.vkVerlauf.map((v) => `ab ${formatDatum(v.ab)} ${zahl.format(v.vk)} VK`).join(' · ')}
        </Text>
        <EntwurfHinweis entwurf={entwurf} />
        {meldungen.length > 0 && (
          <Alert color="red" role="alert" title="Nicht gespeichert">
            {meldungen.join(' ')}
          </Alert>
        )}
        <Group align="flex-start" wrap="wrap">
          <DatumFeld label="Gilt ab" required {...form.getInputProps('ab')} />
          <NumberInput
            label="Neuer Stellenumfang (VK)"
            required
            min={0}
            max={1}
            clampBehavior="none"
            step={0.05}
            decimalScale={3}
            decimalSeparator=","
            {...form.getInputProps('vk')}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={speichern.isPending}>
            VK ändern
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
