import type { PersonenRolle } from '@hilfewerk/api';
import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { legeFallAn } from '../../../api/faelle';
import { DatumFeld } from '../../../components/DatumFeld';
import { EntwurfHinweis } from '../../../components/EntwurfHinweis';
import { LinkKnopf } from '../../../components/RouterLinks';
import { alsOptionen, personenRollen } from '../../../lib/beschriftungen';
import { datumFehler } from '../../../lib/datumseingabe';
import { useEntwurf } from '../../../lib/entwurf';
import { zeigeServerfehler } from '../../../lib/felder';
import { useSeitentitel } from '../../../lib/seitentitel';
import { pflichtfeld } from './pruefung';

interface PersonWerte {
  rolle: PersonenRolle;
  vorname: string;
  nachname: string;
  geburtsdatum: string | null;
}

interface Werte extends Record<string, unknown> {
  aktenzeichen: string;
  bezeichnung: string;
  personen: PersonWerte[];
}

const FELDER = ['aktenzeichen', 'bezeichnung', 'personen'];

export function FallAnlegenPage() {
  useSeitentitel('Fall anlegen');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const form = useForm<Werte>({
    initialValues: { aktenzeichen: '', bezeichnung: '', personen: [] },
    validate: {
      aktenzeichen: pflichtfeld('Bitte geben Sie ein Aktenzeichen ein.'),
      bezeichnung: pflichtfeld('Bitte geben Sie eine Bezeichnung ein.'),
      personen: {
        vorname: pflichtfeld('Bitte geben Sie den Vornamen ein.'),
        nachname: pflichtfeld('Bitte geben Sie den Nachnamen ein.'),
        geburtsdatum: (w) => datumFehler(w),
      },
    },
  });
  const entwurf = useEntwurf('fall-neu', form);

  const anlegen = useMutation({
    mutationFn: (werte: Werte) =>
      legeFallAn({
        aktenzeichen: werte.aktenzeichen.trim(),
        bezeichnung: werte.bezeichnung.trim(),
        personen: werte.personen.map((p) => ({
          rolle: p.rolle,
          vorname: p.vorname.trim(),
          nachname: p.nachname.trim(),
          geburtsdatum: p.geburtsdatum || undefined,
        })),
      }),
    onSuccess: async (fall) => {
      entwurf.erledigt();
      await queryClient.invalidateQueries({ queryKey: ['faelle'] });
      notifications.show({
        color: 'green',
        message: `Fall ${fall.aktenzeichen} angelegt. Fügen Sie nun die Hilfe hinzu.`,
      });
      await navigate({ to: '/faelle/$fallId', params: { fallId: fall.id } });
    },
    onError: (fehler) => setMeldungen(zeigeServerfehler(form, fehler, FELDER)),
  });

  return (
    <Stack maw={800}>
      <Title order={1}>Fall anlegen</Title>
      <EntwurfHinweis entwurf={entwurf} />
      {meldungen.length > 0 && (
        <Alert color="red" role="alert" title="Der Fall wurde nicht angelegt">
          {meldungen.join(' ')}
        </Alert>
      )}
      <form onSubmit={form.onSubmit((werte) => anlegen.mutate(werte))} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Aktenzeichen" required {...form.getInputProps('aktenzeichen')} />
            <TextInput
              label="Bezeichnung"
              required
              description="z. B. Familienname"
              {...form.getInputProps('bezeichnung')}
            />
          </SimpleGrid>
          {form.values.personen.map((_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id before they are saved
            <Fieldset key={index} legend={`Person ${index + 1}`}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label="Rolle"
                  required
                  allowDeselect={false}
                  data={alsOptionen(personenRollen)}
                  {...form.getInputProps(`personen.${index}.rolle`)}
                />
                <DatumFeld label="Geburtsdatum" {...form.getInputProps(`personen.${index}.geburtsdatum`)} />
                <TextInput label="Vorname" required {...form.getInputProps(`personen.${index}.vorname`)} />
                <TextInput label="Nachname" required {...form.getInputProps(`personen.${index}.nachname`)} />
              </SimpleGrid>
              <Group justify="flex-end" mt="xs">
                <ActionIcon
                  variant="default"
                  aria-label={`Person ${index + 1} entfernen`}
                  onClick={() => form.removeListItem('personen', index)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            </Fieldset>
          ))}
          <Group>
            <Button
              variant="default"
              leftSection={<IconUserPlus size={16} aria-hidden />}
              onClick={() =>
                form.insertListItem('personen', {
                  rolle: form.values.personen.length === 0 ? 'junger_mensch' : 'sorgeberechtigt',
                  vorname: '',
                  nachname: '',
                  geburtsdatum: null,
                })
              }
            >
              Person hinzufügen
            </Button>
          </Group>
          <Group justify="flex-end">
            <LinkKnopf to="/faelle" variant="default">
              Abbrechen
            </LinkKnopf>
            <Button type="submit" loading={anlegen.isPending}>
              Fall anlegen
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
