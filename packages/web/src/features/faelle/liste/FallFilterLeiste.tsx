import type { FallStatus } from '@hilfewerk/api';
import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { jugendaemterAbfrage, katalogAbfrage } from '../../../api/abfragen';
import { alsOptionen, fallStatus } from '../../../lib/beschriftungen';
import type { FallSuche } from '../routen';

interface Props {
  suche: FallSuche;
  onAendern: (aenderung: Partial<FallSuche>) => void;
}

export function FallFilterLeiste({ suche, onAendern }: Props) {
  const katalog = useQuery(katalogAbfrage);
  const jugendaemter = useQuery(jugendaemterAbfrage);
  const [text, setText] = useState(suche.suche ?? '');
  // Searching on every keystroke would flood the server; wait until typing pauses.
  const [verzoegert] = useDebouncedValue(text, 300);

  useEffect(() => {
    const neu = verzoegert.trim() || undefined;
    if (neu !== suche.suche) onAendern({ suche: neu });
  }, [verzoegert, suche.suche, onAendern]);

  return (
    <Group align="flex-end" role="search" aria-label="Fälle filtern">
      <TextInput
        label="Suche"
        description="Aktenzeichen, Bezeichnung oder Name"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        type="search"
        w={280}
      />
      <Select
        label="Leistung"
        placeholder="Alle Leistungen"
        data={(katalog.data ?? []).map((e) => ({ value: e.id, label: e.titel }))}
        value={suche.leistung ?? null}
        onChange={(wert) => onAendern({ leistung: wert ?? undefined })}
        clearable
        w={260}
      />
      <Select
        label="Jugendamt"
        placeholder="Alle Jugendämter"
        data={(jugendaemter.data ?? []).map((j) => ({ value: j.id, label: j.name }))}
        value={suche.jugendamt ?? null}
        onChange={(wert) => onAendern({ jugendamt: wert ?? undefined })}
        clearable
        searchable
        w={240}
      />
      <Select
        label="Status"
        placeholder="Alle"
        data={alsOptionen(fallStatus)}
        value={suche.status ?? null}
        onChange={(wert) => onAendern({ status: (wert as FallStatus | null) ?? undefined })}
        clearable
        w={140}
      />
    </Group>
  );
}
