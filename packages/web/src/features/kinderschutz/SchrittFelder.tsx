import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { DatumFeld } from '../../components/DatumFeld';
import { alsOptionen } from '../../lib/beschriftungen';
import { EINSCHAETZUNGEN, ERGEBNISSE, type SchrittArt } from './api';
import type { Werte } from './schritt-formular';

/** The fields of one step's art; the rest of the form stays as typed, hidden. */
export function SchrittFelder({ art, form }: { art: SchrittArt; form: UseFormReturnType<Werte> }) {
  const feld = (pfad: string) => form.getInputProps(`inhalt.${pfad}`);
  const haken = (pfad: string) => form.getInputProps(`inhalt.${pfad}`, { type: 'checkbox' });
  switch (art) {
    case 'gefaehrdungseinschaetzung':
      return (
        <Stack>
          <TagsInput
            label="Beteiligte Fachkräfte"
            description="Mindestens zwei; Namen mit Enter bestätigen"
            required
            {...feld('beteiligte')}
          />
          <Select
            label="Einschätzung"
            required
            data={alsOptionen(EINSCHAETZUNGEN)}
            {...feld('einschaetzung')}
          />
          <Textarea label="Begründung" required autosize minRows={3} {...feld('begruendung')} />
        </Stack>
      );
    case 'iefk-beratung':
      return (
        <Stack>
          <TextInput label="Insoweit erfahrene Fachkraft" required {...feld('beraterin')} />
          <Textarea label="Empfehlung der Beratung" required autosize minRows={3} {...feld('empfehlung')} />
        </Stack>
      );
    case 'einbeziehung':
      return (
        <Stack>
          <Group>
            <Checkbox label="Sorgeberechtigte einbezogen" {...haken('sorgeberechtigte')} />
            <Checkbox label="Kind / Jugendliche:r einbezogen" {...haken('kind')} />
          </Group>
          <Textarea label="Ergebnis des Gesprächs" autosize minRows={2} {...feld('ergebnis')} />
          <Textarea
            label="Warum die Einbeziehung (teilweise) unterblieb"
            description="Pflicht, wenn jemand nicht einbezogen wurde: warum es den Schutz des Kindes in Frage stellen würde"
            autosize
            minRows={2}
            {...feld('unterbliebenGrund')}
          />
        </Stack>
      );
    case 'schutzplan':
      return (
        <Stack>
          {form.values.inhalt.vereinbarungen.map((_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id before they are saved
            <Fieldset key={i} legend={`Vereinbarung ${i + 1}`}>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput label="Was" required {...feld(`vereinbarungen.${i}.was`)} />
                <TextInput label="Wer" required {...feld(`vereinbarungen.${i}.wer`)} />
                <DatumFeld label="Bis" required {...feld(`vereinbarungen.${i}.bis`)} />
              </SimpleGrid>
              {form.values.inhalt.vereinbarungen.length > 1 && (
                <Group justify="flex-end" mt="xs">
                  <ActionIcon
                    variant="default"
                    aria-label={`Vereinbarung ${i + 1} entfernen`}
                    onClick={() => form.removeListItem('inhalt.vereinbarungen', i)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              )}
            </Fieldset>
          ))}
          <Group>
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => form.insertListItem('inhalt.vereinbarungen', { was: '', wer: '', bis: null })}
            >
              Vereinbarung hinzufügen
            </Button>
          </Group>
          <DatumFeld label="Überprüfung des Schutzplans am" required {...feld('ueberpruefungAm')} />
        </Stack>
      );
    case 'mitteilung-jugendamt':
      return (
        <Stack>
          <Textarea label="Eingeschätzte Gefährdung" required autosize minRows={3} {...feld('gefaehrdung')} />
          <Textarea
            label="Bisherige Hilfen und Schutzmaßnahmen"
            required
            autosize
            minRows={2}
            {...feld('bisherigeMassnahmen')}
          />
          <Textarea
            label="Warum die Gefährdung mit den eigenen Hilfen nicht abgewendet werden kann"
            required
            autosize
            minRows={2}
            {...feld('begruendung')}
          />
          <Checkbox
            label="Sorgeberechtigte über die Mitteilung informiert"
            {...haken('sorgeberechtigteInformiert')}
          />
          <TextInput label="Ansprechperson beim Träger (mit Telefon)" required {...feld('ansprechperson')} />
        </Stack>
      );
    case 'abschluss':
      return (
        <Stack>
          <Select label="Ergebnis" required data={alsOptionen(ERGEBNISSE)} {...feld('abschlussErgebnis')} />
          <Textarea label="Begründung" required autosize minRows={2} {...feld('begruendung')} />
        </Stack>
      );
  }
}
