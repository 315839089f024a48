import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DatumFeld } from '../../components/DatumFeld';
import { datumFehler, heuteIso } from '../../lib/datumseingabe';
import { zeigeServerfehler } from '../../lib/felder';
import { formatDatum } from '../../lib/format';
import { naechsterSchritt, pruefeRechnung, type Rechnung, SCHRITT_DE } from './api';

/**
 * Records the next step on an incoming invoice with its day. The server refuses a day in the future, before
 * the invoice date (or before „sachlich richtig“), and „angewiesen“ before „sachlich richtig“.
 */
export function PruefDialog({ rechnung, schliessen }: { rechnung: Rechnung; schliessen: () => void }) {
  const queryClient = useQueryClient();
  const schritt = naechsterSchritt(rechnung) ?? 'sachlich-richtig';
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const form = useForm<{ datum: string | null }>({
    initialValues: { datum: heuteIso() },
    validate: { datum: (w) => datumFehler(w, true) },
  });
  const speichern = useMutation({
    mutationFn: (w: { datum: string | null }) =>
      pruefeRechnung(rechnung.id, { schritt, datum: w.datum ?? '' }),
    onSuccess: async (neu) => {
      await queryClient.invalidateQueries({ queryKey: ['rechnungen'] });
      notifications.show({
        color: 'green',
        message: `${neu.nummer}: ${SCHRITT_DE[schritt]} am ${formatDatum(form.values.datum ?? '')}.`,
      });
      schliessen();
    },
    onError: (fehler) => setMeldungen(zeigeServerfehler(form, fehler, ['datum'])),
  });
  const frueheste = schritt === 'angewiesen' ? rechnung.sachlichRichtig?.am : rechnung.rechnungsdatum;
  return (
    <Modal opened onClose={schliessen} title={`${rechnung.nummer}: ${SCHRITT_DE[schritt]}`} centered>
      <form onSubmit={form.onSubmit((w) => speichern.mutate(w))} noValidate>
        <Stack>
          {meldungen.length > 0 && (
            <Alert color="red" role="alert" title="Nicht gespeichert">
              {meldungen.join(' ')}
            </Alert>
          )}
          <Text size="sm">
            {schritt === 'sachlich-richtig'
              ? 'Die Rechnung stimmt mit den bewilligten Leistungen überein.'
              : 'Die Zahlung ist angeordnet.'}{' '}
            Vermerkt wird Ihr Name mit dem Datum; der Träger sieht beides an seiner Rechnung.
          </Text>
          <DatumFeld
            label={schritt === 'sachlich-richtig' ? 'Sachlich richtig am' : 'Angewiesen am'}
            required
            description={`frühestens ${formatDatum(frueheste ?? rechnung.rechnungsdatum)}, spätestens heute`}
            {...form.getInputProps('datum')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={schliessen}>
              Abbrechen
            </Button>
            <Button type="submit" loading={speichern.isPending}>
              Speichern
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
