import type { EreignisArt, Fall } from '@hilfewerk/api';
import { Select } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { katalogAbfrage } from '../../../api/abfragen';
import { DatumFeld } from '../../../components/DatumFeld';
import { alsOptionen, ereignisArten } from '../../../lib/beschriftungen';
import { leistungsTitel } from '../katalogtexte';

/** What recording and correcting an event ask for. */
export interface EreignisWerte extends Record<string, unknown> {
  art: EreignisArt | null;
  datum: string | null;
  hilfeId: string | null;
  bekanntSeit: string | null;
  notiz: string;
}

/**
 * Kind, date, Hilfe and "bekannt seit" of an event — the same fields in the form that records an
 * event and in the dialog that corrects one; each places them in its own layout.
 */
export function EreignisFelder({ form, fall }: { form: UseFormReturnType<EreignisWerte>; fall: Fall }) {
  const { data: katalog } = useQuery(katalogAbfrage);
  return (
    <>
      <Select label="Art" required data={alsOptionen(ereignisArten)} {...form.getInputProps('art')} />
      <DatumFeld label="Datum" required {...form.getInputProps('datum')} />
      <Select
        label="Hilfe"
        placeholder="Keine bestimmte Hilfe"
        clearable
        data={fall.hilfen.map((h) => ({
          value: h.id,
          label: leistungsTitel(katalog, h.leistung, h.variante),
        }))}
        {...form.getInputProps('hilfeId')}
      />
      <DatumFeld label="Termin bekannt seit" {...form.getInputProps('bekanntSeit')} />
    </>
  );
}
