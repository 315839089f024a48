import type { KatalogEintrag } from '@hilfewerk/api';
import { Select, Stack, Text, TextInput } from '@mantine/core';

export interface Herkunft {
  herkunft: string | null;
  herkunftText: string;
}

/**
 * For a Leistung that follows a stationary measure (LT 11): where the young person comes from. The ASD may state
 * it in the request; the provider's Leitung must with the Zusage (prefilled from the request), so the new Hilfe is
 * complete at once. The Zusage opens a new case, so there is no earlier Hilfe to link.
 */
export function ZusageHerkunft({
  eintrag,
  wert,
  onChange,
  fehler,
  pflicht = true,
}: {
  eintrag: KatalogEintrag;
  wert: Herkunft;
  onChange: (w: Herkunft) => void;
  fehler: Record<string, unknown>;
  /** Required for the Zusage; in the ASD's request optional (it may not know yet). */
  pflicht?: boolean;
}) {
  const regel = eintrag.anschluss;
  if (!regel) return null;
  const art = regel.herkunft.find((h) => h.id === wert.herkunft);
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {regel.text} ({regel.quelle}).
      </Text>
      <Select
        label="Herkunft des jungen Menschen"
        required={pflicht}
        clearable={!pflicht}
        placeholder="Bitte wählen"
        data={regel.herkunft.map((h) => ({ value: h.id, label: h.text }))}
        value={wert.herkunft}
        onChange={(herkunft) => onChange({ ...wert, herkunft })}
        error={fehler.herkunft as string | undefined}
      />
      <TextInput
        label="Herkunft, Beschreibung"
        required={Boolean(art?.erlaeuterungNoetig)}
        description="z. B. Einrichtung und Träger der stationären Hilfe"
        value={wert.herkunftText}
        onChange={(e) => onChange({ ...wert, herkunftText: e.currentTarget.value })}
        error={fehler.herkunftText as string | undefined}
      />
    </Stack>
  );
}

/** Whether the origin the Leistung asks for is still missing (the send button waits for it). */
export function herkunftFehlt(eintrag: KatalogEintrag | undefined, wert: Herkunft): boolean {
  const regel = eintrag?.anschluss;
  if (!regel) return false;
  const art = regel.herkunft.find((h) => h.id === wert.herkunft);
  return !art || (Boolean(art.erlaeuterungNoetig) && wert.herkunftText.trim() === '');
}
