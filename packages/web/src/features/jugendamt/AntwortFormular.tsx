import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useEntwurf } from '../../lib/entwurf';
import { zeigeServerfehler } from '../../lib/felder';
import { formatZeitpunkt } from '../../lib/format';
import { beantworte, type Notiz } from './api';
import { meldeErfolg } from './melde';

/**
 * The ASD answers a notice (a § 8a notification: what the Jugendamt does now). One answer per notice; the
 * provider sees it in its procedure. A draft survives a reload.
 */
export function Antwort({ n }: { n: Notiz }) {
  const queryClient = useQueryClient();
  const [offen, setOffen] = useState(false);
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const form = useForm<{ text: string }>({
    initialValues: { text: '' },
    validate: { text: (w) => (w.trim() ? null : 'Bitte die Antwort eingeben.') },
  });
  const entwurf = useEntwurf(`posteingang-antwort:${n.id}`, form);
  const senden = useMutation({
    mutationFn: (w: { text: string }) => beantworte(n.id, w.text.trim()),
    onSuccess: async () => {
      entwurf.erledigt();
      setOffen(false);
      meldeErfolg('Antwort gesendet.');
      await queryClient.invalidateQueries({ queryKey: ['posteingang'] });
    },
    onError: (f) => setMeldungen(zeigeServerfehler(form, f, ['text'])),
  });
  if (n.antwort) {
    return (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        beantwortet {formatZeitpunkt(n.beantwortetAm)}: {n.antwort}
      </Text>
    );
  }
  return (
    <>
      <Button
        size="xs"
        variant="default"
        onClick={() => setOffen(true)}
        aria-label={`${n.titel} beantworten`}
      >
        Antworten …
      </Button>
      <Modal opened={offen} onClose={() => setOffen(false)} title={`Antwort: ${n.titel}`} centered>
        <form onSubmit={form.onSubmit((w) => senden.mutate(w))} noValidate>
          <Stack>
            {meldungen.length > 0 && (
              <Alert color="red" role="alert">
                {meldungen.join(' ')}
              </Alert>
            )}
            <Textarea
              label="Antwort an den Träger"
              required
              autosize
              minRows={4}
              {...form.getInputProps('text')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOffen(false)}>
                Abbrechen
              </Button>
              <Button type="submit" loading={senden.isPending}>
                Antwort senden
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
