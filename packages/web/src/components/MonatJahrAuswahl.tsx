import { Group, Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { MONATSNAMEN } from '../lib/format';

interface Props {
  monat: number;
  jahr: number;
  /** The years to offer, newest first. */
  jahre: number[];
  onMonat: (monat: number) => void;
  onJahr: (jahr: number) => void;
  /** What the pair chooses, for screen readers ("Monat wählen", "Zeitraum wählen"). */
  beschriftung: string;
  /** Beside the pickers, e.g. the month's PDF. */
  children?: ReactNode;
}

/** Month and year as two German selects: the month pages (hours, staffing, on-call rota) share it. */
export function MonatJahrAuswahl({ monat, jahr, jahre, onMonat, onJahr, beschriftung, children }: Props) {
  return (
    <Group role="search" aria-label={beschriftung} align="flex-end">
      <Select
        label="Monat"
        data={MONATSNAMEN.map((m, i) => ({ value: String(i + 1), label: m }))}
        value={String(monat)}
        onChange={(v) => v && onMonat(Number(v))}
        allowDeselect={false}
        w={180}
      />
      <Select
        label="Jahr"
        data={jahre.map(String)}
        value={String(jahr)}
        onChange={(v) => v && onJahr(Number(v))}
        allowDeselect={false}
        w={120}
      />
      {children}
    </Group>
  );
}
