import { POSTEINGANG_ART_TEXT, TRAEGER_MITTEILUNG_ARTEN } from '@hilfewerk/api';
import {
  Alert,
  Button,
  Collapse,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { anfrage } from '../../api/client';
import { useEntwurf } from '../../lib/entwurf';
import { zeigeServerfehler } from '../../lib/felder';
import { useDarf } from '../../lib/rechte';
import { meldeErfolg } from './melde';

type Art = (typeof TRAEGER_MITTEILUNG_ARTEN)[number];
type Werte = {
  art: Art;
  betreff: string;
  text: string;
};

async function sendeMitteilung(hilfeId: string, body: Werte) {
  return (await anfrage<{ id: string }>(`/api/hilfen/${hilfeId}/mitteilungen`, { methode: 'POST', body }))
    .daten;
}

/**
 * On a Hilfe in the case file, for the case's Fachkräfte and the Leitung: tell the Jugendamt that granted it of
 * a wesentliche Veränderung or a Gruppenangebot. Sent at once into its Posteingang and never changed again,
 * hence the confirmation before sending.
 */
export function MitteilungAnJugendamt({ hilfeId, jugendamt }: { hilfeId: string; jugendamt: string }) {
  const darf = useDarf();
  const [offen, setOffen] = useState(false);
  const [bestaetigen, setBestaetigen] = useState(false);
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const form = useForm<Werte>({
    initialValues: { art: 'veraenderung', betreff: '', text: '' },
    validate: {
      betreff: (w) =>
        w.trim()
          ? w.trim().length > 200
            ? 'Höchstens 200 Zeichen.'
            : null
          : 'Bitte geben Sie den Betreff an.',
      text: (w) =>
        w.trim()
          ? w.trim().length > 8000
            ? 'Höchstens 8000 Zeichen.'
            : null
          : 'Bitte geben Sie den Text der Mitteilung an.',
    },
  });
  const entwurf = useEntwurf(`mitteilung-jugendamt:${hilfeId}`, form);
  const senden = useMutation({
    mutationFn: (w: Werte) =>
      sendeMitteilung(hilfeId, { ...w, betreff: w.betreff.trim(), text: w.text.trim() }),
    onSuccess: () => {
      entwurf.erledigt();
      form.reset();
      setBestaetigen(false);
      setOffen(false);
      setMeldungen([]);
      meldeErfolg(`Die Mitteilung liegt im Posteingang von ${jugendamt}.`);
    },
    onError: (f) => {
      setBestaetigen(false);
      setMeldungen(zeigeServerfehler(form, f, ['art', 'betreff', 'text']));
    },
  });
  if (!darf('traegerMitteilung', 'anlegen')) return null;
  return (
    <Stack gap="xs" mt="sm">
      <Group>
        <Button variant="default" size="sm" onClick={() => setOffen((o) => !o)} aria-expanded={offen}>
          Mitteilung an das Jugendamt
        </Button>
      </Group>
      <Collapse expanded={offen || entwurf.wiederhergestellt}>
        <form onSubmit={form.onSubmit(() => setBestaetigen(true))} noValidate>
          <Stack maw={700}>
            {meldungen.length > 0 && (
              <Alert color="red" role="alert">
                {meldungen.join(' ')}
              </Alert>
            )}
            <Select
              label="Art der Mitteilung"
              required
              allowDeselect={false}
              data={TRAEGER_MITTEILUNG_ARTEN.map((a) => ({ value: a, label: POSTEINGANG_ART_TEXT[a] }))}
              {...form.getInputProps('art')}
            />
            <TextInput label="Betreff" required maxLength={200} {...form.getInputProps('betreff')} />
            <Textarea label="Mitteilung" required autosize minRows={4} {...form.getInputProps('text')} />
            <Group>
              <Button type="submit">Mitteilung senden …</Button>
            </Group>
          </Stack>
        </form>
      </Collapse>
      <Modal opened={bestaetigen} onClose={() => setBestaetigen(false)} title="Mitteilung senden?" centered>
        <Stack>
          <Text size="sm">
            Die Mitteilung geht sofort in den Posteingang von {jugendamt} und kann danach nicht mehr geändert
            werden.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setBestaetigen(false)}>
              Abbrechen
            </Button>
            <Button loading={senden.isPending} onClick={() => senden.mutate(form.getValues())}>
              Jetzt senden
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
