import { Alert, Badge, Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DatumFeld } from '../../components/DatumFeld';
import { datumFehler, heuteIso } from '../../lib/datumseingabe';
import { zeigeServerfehler } from '../../lib/felder';
import { formatDatum } from '../../lib/format';
import { GRUEN } from '../../theme';
import { type Rechnung, setzeRechnungsstatus } from './api';

// Dark shades on outline badges, as FristStatus: Mantine's light green text on its light green ground falls
// below 4.5:1 (WCAG 1.4.3) — seen once the demo had a paid invoice.
const FARBE: Record<Rechnung['status'], string> = {
  erstellt: 'gray.8',
  versendet: 'blue.9',
  bezahlt: GRUEN,
  storniert: 'red.9',
};

/** Where an invoice stands, with its days: "versendet 03.11.2026", "bezahlt 20.11.2026". */
export function StatusAnzeige({ r }: { r: Rechnung }) {
  const tag = r.status === 'bezahlt' ? r.bezahltAm : r.status === 'versendet' ? r.versendetAm : null;
  return (
    <Stack gap={2}>
      <Badge color={FARBE[r.status]} variant="outline">
        {r.status}
      </Badge>
      {tag && (
        <Text size="xs" c="dimmed">
          am {formatDatum(tag)}
        </Text>
      )}
      <JugendamtSchritte r={r} />
    </Stack>
  );
}

/** What can still be recorded: a credit note is only sent, a paid or cancelled invoice nothing more. */
export function naechsterStatus(r: Rechnung): 'versendet' | 'bezahlt' | null {
  if (r.status === 'storniert' || r.status === 'bezahlt') return null;
  if (r.art === 'gutschrift') return r.status === 'erstellt' ? 'versendet' : null;
  return r.status === 'erstellt' ? 'versendet' : 'bezahlt';
}

/**
 * Records the day an invoice went to the Jugendamt or was paid. The invoice itself never changes; the
 * server refuses days before the invoice date, after today, or a payment before the dispatch.
 */
export function StatusDialog({ rechnung, schliessen }: { rechnung: Rechnung; schliessen: () => void }) {
  const queryClient = useQueryClient();
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const vorschlag = naechsterStatus(rechnung) ?? 'versendet';
  const form = useForm<{ status: 'versendet' | 'bezahlt'; datum: string | null }>({
    initialValues: { status: vorschlag, datum: heuteIso() },
    validate: { datum: (w) => datumFehler(w, true) },
  });
  const speichern = useMutation({
    mutationFn: (w: { status: 'versendet' | 'bezahlt'; datum: string | null }) =>
      setzeRechnungsstatus(rechnung.id, { status: w.status, datum: w.datum ?? '' }),
    onSuccess: async (neu) => {
      await queryClient.invalidateQueries({ queryKey: ['rechnungen'] });
      notifications.show({
        color: 'green',
        message: `${neu.nummer}: ${form.values.status} am ${formatDatum(form.values.datum ?? '')}.`,
      });
      schliessen();
    },
    onError: (fehler) => setMeldungen(zeigeServerfehler(form, fehler, ['status', 'datum'])),
  });
  const optionen =
    rechnung.art === 'gutschrift'
      ? [{ value: 'versendet', label: 'versendet' }]
      : [
          { value: 'versendet', label: 'versendet' },
          { value: 'bezahlt', label: 'bezahlt' },
        ];
  return (
    <Modal opened onClose={schliessen} title={`Status von ${rechnung.nummer}`} centered>
      <form onSubmit={form.onSubmit((w) => speichern.mutate(w))} noValidate>
        <Stack>
          {meldungen.length > 0 && (
            <Alert color="red" role="alert" title="Nicht gespeichert">
              {meldungen.join(' ')}
            </Alert>
          )}
          <SegmentedControl aria-label="Status" data={optionen} {...form.getInputProps('status')} />
          <DatumFeld
            label={form.values.status === 'bezahlt' ? 'Zahlungseingang am' : 'Versendet am'}
            required
            description={`frühestens ${formatDatum(rechnung.rechnungsdatum)}, spätestens heute`}
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

/** The addressed Jugendamt's steps on the invoice (its WJH records them): shown to both sides. */
export function JugendamtSchritte({ r }: { r: Rechnung }) {
  return (
    <>
      {r.sachlichRichtig && (
        <Text size="xs">
          sachlich richtig am {formatDatum(r.sachlichRichtig.am)} ({r.sachlichRichtig.von})
        </Text>
      )}
      {r.angewiesen && (
        <Text size="xs">
          angewiesen am {formatDatum(r.angewiesen.am)} ({r.angewiesen.von})
        </Text>
      )}
    </>
  );
}
