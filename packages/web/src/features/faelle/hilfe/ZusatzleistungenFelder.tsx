import type { KatalogEintrag } from '@hilfewerk/api';
import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { DatumFeld } from '../../../components/DatumFeld';
import type { HilfeWerte } from './hilfeWerte';

interface Props {
  form: UseFormReturnType<HilfeWerte>;
  eintrag: KatalogEintrag;
}

/**
 * Amounts billed outside the rate or budget (D.8 individuelle Zusatzleistungen, Bremerhaven § 39
 * Sonderbedarfe): each with its date, text, amount and the Jugendamt's approval; the month close bills each
 * as its own line. One of a closed month stays as billed — the server says so if it is changed.
 */
export function ZusatzleistungenFelder({ form, eintrag }: Props) {
  const regel = eintrag.zusatzleistungen;
  if (!regel) return null;
  const liste = form.values.zusatzleistungen;
  return (
    <Stack gap="xs" component="section" aria-labelledby="zusatz-titel">
      <Text id="zusatz-titel" fw={600} size="sm">
        Eigene Rechnungspositionen: {regel.text}
      </Text>
      <Text size="sm" c="dimmed">
        Jede wird im Monat ihres Datums als eigene Rechnungsposition abgerechnet ({regel.quelle}).
      </Text>
      {liste.length === 0 && <Text size="sm">Keine erfasst.</Text>}
      {liste.map((_, i) => (
        // The list has no ids; its order is what the server stores.
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, never reordered
        <Paper key={i} withBorder p="sm" component="fieldset" aria-label={`${regel.text} ${i + 1}`}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DatumFeld label="Datum" required {...form.getInputProps(`zusatzleistungen.${i}.datum`)} />
            <TextInput
              label="Betrag in Euro"
              required
              description="z. B. 120,00"
              inputMode="decimal"
              {...form.getInputProps(`zusatzleistungen.${i}.betrag`)}
            />
            <TextInput label="Beschreibung" required {...form.getInputProps(`zusatzleistungen.${i}.text`)} />
            <TextInput
              label="Genehmigung des Jugendamts"
              required
              description="Aktenzeichen oder Datum des Hilfeplans bzw. Bescheids"
              {...form.getInputProps(`zusatzleistungen.${i}.genehmigung`)}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="xs">
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`${regel.text} ${i + 1} entfernen`}
              onClick={() => form.removeListItem('zusatzleistungen', i)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          variant="default"
          size="sm"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() =>
            form.insertListItem('zusatzleistungen', { datum: null, text: '', betrag: '', genehmigung: '' })
          }
        >
          {regel.text} hinzufügen
        </Button>
      </Group>
    </Stack>
  );
}
