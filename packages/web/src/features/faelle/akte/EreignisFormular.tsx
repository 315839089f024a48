import type { EreignisArt, Fall } from '@hilfewerk/api';
import { Alert, Button, Fieldset, Group, SimpleGrid, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fallGeaendert } from '../../../api/abfragen';
import { erfasseEreignis } from '../../../api/faelle';
import { EntwurfHinweis } from '../../../components/EntwurfHinweis';
import { datumFehler } from '../../../lib/datumseingabe';
import { useEntwurf } from '../../../lib/entwurf';
import { zeigeServerfehler } from '../../../lib/felder';
import { EreignisFelder, type EreignisWerte } from './EreignisFelder';

type Werte = EreignisWerte;

const FELDER = ['art', 'datum', 'hilfeId', 'bekanntSeit', 'notiz'];

export function EreignisFormular({ fall }: { fall: Fall }) {
  const queryClient = useQueryClient();
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const form = useForm<Werte>({
    initialValues: {
      art: null,
      datum: null,
      hilfeId: fall.hilfen.length === 1 ? fall.hilfen[0].id : null,
      bekanntSeit: null,
      notiz: '',
    },
    validate: {
      art: (wert) => (wert ? null : 'Bitte wählen Sie die Art des Ereignisses.'),
      datum: (wert) => datumFehler(wert, true),
      bekanntSeit: (wert) => datumFehler(wert),
    },
  });
  const entwurf = useEntwurf(`ereignis-neu:${fall.id}`, form);

  const speichern = useMutation({
    mutationFn: (werte: Werte) =>
      erfasseEreignis(fall.id, {
        art: werte.art as EreignisArt,
        datum: werte.datum as string,
        hilfeId: werte.hilfeId || undefined,
        bekanntSeit: werte.bekanntSeit || undefined,
        notiz: werte.notiz.trim() || undefined,
      }),
    onSuccess: async () => {
      entwurf.erledigt();
      form.reset();
      setMeldungen([]);
      notifications.show({ color: 'green', message: 'Ereignis erfasst.' });
      await fallGeaendert(queryClient, fall.id);
    },
    onError: (fehler) => setMeldungen(zeigeServerfehler(form, fehler, FELDER)),
  });

  return (
    <form onSubmit={form.onSubmit((werte) => speichern.mutate(werte))} noValidate>
      <Fieldset legend="Ereignis erfassen">
        <EntwurfHinweis entwurf={entwurf} />
        {meldungen.length > 0 && (
          <Alert color="red" role="alert" mb="sm" title="Nicht gespeichert">
            {meldungen.join(' ')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <EreignisFelder form={form} fall={fall} />
        </SimpleGrid>
        <Textarea label="Notiz" autosize minRows={2} mt="sm" {...form.getInputProps('notiz')} />
        <Group justify="flex-end" mt="sm">
          <Button type="submit" loading={speichern.isPending}>
            Ereignis speichern
          </Button>
        </Group>
      </Fieldset>
    </form>
  );
}
