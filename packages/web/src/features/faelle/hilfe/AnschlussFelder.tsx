import type { Hilfe, KatalogEintrag } from '@hilfewerk/api';
import { Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { formatDatum } from '../../../lib/format';
import { leistungsTitel } from '../katalogtexte';
import type { HilfeWerte } from './hilfeWerte';

interface Props {
  form: UseFormReturnType<HilfeWerte>;
  eintrag: KatalogEintrag;
  katalog: KatalogEintrag[];
  /** The case's other Hilfen; only stationary ones can be the one this Hilfe follows. */
  hilfen: Hilfe[];
  hilfeId: string | undefined;
}

/**
 * LT 11 follows a stationary measure: either the stationary Hilfe recorded in this case, or where the young
 * person came from (short list from the catalogue, with a text). The server checks again.
 */
export function AnschlussFelder({ form, eintrag, katalog, hilfen, hilfeId }: Props) {
  const regel = eintrag.anschluss;
  if (!regel) return null;
  const stationaere = hilfen.filter(
    (h) => h.id !== hilfeId && katalog.find((e) => e.id === h.leistung)?.stationaer,
  );
  const herkunft = regel.herkunft.find((h) => h.id === form.values.herkunft);
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={600} size="sm">
        Im Anschluss an
      </Text>
      <Text size="sm" c="dimmed">
        {regel.text} ({regel.quelle}). Bitte verknüpfen Sie die vorangegangene Hilfe oder wählen Sie die
        Herkunft.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Vorangegangene stationäre Hilfe"
          placeholder={stationaere.length === 0 ? 'Keine stationäre Hilfe im Fall' : 'Bitte wählen'}
          disabled={stationaere.length === 0}
          clearable
          data={stationaere.map((h) => ({
            value: h.id,
            label: `${leistungsTitel(katalog, h.leistung, h.variante)}, ${formatDatum(h.beginn)} bis ${formatDatum(
              h.tatsaechlichesEnde ?? h.geplantesEnde,
            )}`,
          }))}
          {...form.getInputProps('vorgaengerHilfeId')}
        />
        <Select
          label="Herkunft des jungen Menschen"
          clearable
          data={regel.herkunft.map((h) => ({ value: h.id, label: h.text }))}
          {...form.getInputProps('herkunft')}
        />
      </SimpleGrid>
      <TextInput
        label="Herkunft, Beschreibung"
        required={Boolean(herkunft?.erlaeuterungNoetig)}
        description="z. B. Einrichtung und Träger der stationären Hilfe"
        {...form.getInputProps('herkunftText')}
      />
    </Stack>
  );
}
