import type { Erledigung } from '@hilfewerk/api';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DatumFeld } from '../../components/DatumFeld';
import { datumFehler, heuteIso } from '../../lib/datumseingabe';
import { zeigeServerfehler } from '../../lib/felder';
import { formatDatum } from '../../lib/format';

interface Props {
  /** What is being completed, e.g. "KIJU-2026-001: Bericht zur Vorbereitung des Hilfeplangesprächs". */
  titel: string;
  faellig: string | null;
  offen: boolean;
  onClose: () => void;
  speichern: (e: Erledigung) => Promise<unknown>;
  /** Extra queries to refresh besides the deadline lists (e.g. the case file). */
  alsoInvalidieren?: readonly unknown[][];
}

/** Records when and by what a deadline was met; the server records who. */
export function ErledigenDialog({ titel, faellig, offen, onClose, speichern, alsoInvalidieren = [] }: Props) {
  const queryClient = useQueryClient();
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const form = useForm<{ erledigtAm: string | null; nachweis: string }>({
    initialValues: { erledigtAm: heuteIso(), nachweis: '' },
    validate: {
      erledigtAm: (w) => datumFehler(w, true),
      nachweis: (w) => (w.trim() ? null : 'Bitte angeben, womit die Frist erfüllt wurde.'),
    },
  });
  const mutation = useMutation({
    mutationFn: (w: { erledigtAm: string | null; nachweis: string }) =>
      speichern({ erledigtAm: w.erledigtAm as string, nachweis: w.nachweis.trim() }),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: 'Frist als erledigt vermerkt.' });
      form.reset();
      setMeldungen([]);
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['fristen'] });
      for (const key of alsoInvalidieren) await queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (fehler) => setMeldungen(zeigeServerfehler(form, fehler, ['erledigtAm', 'nachweis'])),
  });
  return (
    <Modal opened={offen} onClose={onClose} title="Frist als erledigt vermerken" centered>
      <form onSubmit={form.onSubmit((w) => mutation.mutate(w))} noValidate>
        <Stack>
          <Text size="sm">
            {titel}
            {faellig ? ` – fällig ${formatDatum(faellig)}` : ''}
          </Text>
          {meldungen.length > 0 && (
            <Alert color="red" role="alert" title="Nicht gespeichert">
              {meldungen.join(' ')}
            </Alert>
          )}
          <DatumFeld label="Erledigt am" required data-autofocus {...form.getInputProps('erledigtAm')} />
          <Textarea
            label="Womit erfüllt"
            description="z. B. „Bericht per E-Mail an das Jugendamt gesendet“"
            required
            autosize
            minRows={2}
            {...form.getInputProps('nachweis')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Abbrechen
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              Als erledigt speichern
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
