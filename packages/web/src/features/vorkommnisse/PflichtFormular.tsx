import { Alert, Button, Group, Select, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DatumFeld } from '../../components/DatumFeld';
import { datumFehler, heuteIso } from '../../lib/datumseingabe';
import { zeigeServerfehler } from '../../lib/felder';
import { erledigePflicht, type VorkommnisPflicht } from './api';

const WEGE = ['Telefon', 'persönlich', 'schriftlich', 'E-Mail', 'Fax'];

type Werte = {
  datum: string | null;
  an: string;
  weg: string | null;
  unterblieben: boolean;
  grund: string;
};

/** Records one duty: the contact (date, whom, how) or — not for the § 47 report — why it did not happen. */
export function PflichtFormular({
  vorkommnisId,
  pflicht,
}: {
  vorkommnisId: string;
  pflicht: VorkommnisPflicht;
}) {
  const queryClient = useQueryClient();
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const aufsicht = pflicht.art === 'aufsicht';
  const form = useForm<Werte>({
    initialValues: { datum: heuteIso(), an: '', weg: null, unterblieben: false, grund: '' },
    validate: {
      datum: (w, v) => (v.unterblieben ? null : datumFehler(w, true)),
      an: (w, v) =>
        v.unterblieben || w.trim() ? null : aufsicht ? 'Bitte die Behörde angeben.' : 'Wer wurde erreicht?',
      weg: (w, v) => (v.unterblieben || w ? null : 'Wie?'),
      grund: (w, v) => (!v.unterblieben || w.trim() ? null : 'Bitte den Grund angeben.'),
    },
  });
  const speichern = useMutation({
    mutationFn: (w: Werte) =>
      erledigePflicht(
        vorkommnisId,
        pflicht.art,
        w.unterblieben
          ? { grund: w.grund.trim() }
          : { datum: w.datum ?? undefined, an: w.an.trim(), weg: w.weg ?? undefined },
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['vorkommnisse'] });
    },
    onError: (f) => setMeldungen(zeigeServerfehler(form, f, ['datum', 'an', 'weg', 'grund'])),
  });
  return (
    <form
      onSubmit={form.onSubmit((w) => speichern.mutate(w))}
      noValidate
      aria-label={`${pflicht.titel} festhalten`}
    >
      <Stack gap="xs" maw={640}>
        {meldungen.length > 0 && (
          <Alert color="red" role="alert">
            {meldungen.join(' ')}
          </Alert>
        )}
        {!aufsicht && (
          <Switch
            label="Ist unterblieben (mit Grund)"
            {...form.getInputProps('unterblieben', { type: 'checkbox' })}
          />
        )}
        {form.values.unterblieben ? (
          <Textarea label="Grund" required autosize minRows={2} {...form.getInputProps('grund')} />
        ) : (
          <Group align="flex-start" grow>
            <DatumFeld label="Am" required {...form.getInputProps('datum')} />
            <TextInput
              label={aufsicht ? 'An (Behörde)' : 'Erreicht wurde'}
              required
              {...form.getInputProps('an')}
            />
            <Select label="Wie" required data={WEGE} {...form.getInputProps('weg')} />
          </Group>
        )}
        <Group>
          <Button type="submit" size="xs" loading={speichern.isPending}>
            {aufsicht ? 'Meldung festhalten' : 'Festhalten'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
