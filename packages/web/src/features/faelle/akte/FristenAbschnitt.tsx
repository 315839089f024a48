import { Stack, Switch, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { sitzungAbfrage } from '../../../api/abfragen';
import { Ladefehler } from '../../../components/Ladezustand';
import { fallFristenAbfrage } from '../../fristen/abfragen';
import { FristenTabelle } from '../../fristen/FristenTabelle';
import { siehtFristen } from '../../fristen/rollen';

/** The deadlines of one case, derived from its Hilfen and events; met and lapsed ones on request. */
export function FristenAbschnitt({ fallId }: { fallId: string }) {
  const { data: sitzung } = useQuery(sitzungAbfrage);
  const sichtbar = Boolean(sitzung && siehtFristen(sitzung));
  const abfrage = useQuery({ ...fallFristenAbfrage(fallId), enabled: sichtbar });
  const [alle, setAlle] = useState(false);
  // Deadlines follow the case's facts: every change to the case reloads them (fallGeaendert).
  if (!sichtbar) return null;
  const fristen = (abfrage.data ?? []).filter(
    (f) => alle || f.status === 'offen' || f.status === 'ueberfaellig',
  );
  return (
    <Stack component="section" aria-labelledby="fristen-titel" gap="sm">
      <Title order={2} id="fristen-titel">
        Fristen
      </Title>
      <Switch
        label="Auch erledigte und entfallene Fristen zeigen"
        checked={alle}
        onChange={(e) => setAlle(e.currentTarget.checked)}
      />
      {abfrage.isError ? (
        <Ladefehler fehler={abfrage.error} />
      ) : abfrage.isPending ? (
        <Text>Fristen werden geladen …</Text>
      ) : fristen.length === 0 ? (
        <Text>{alle ? 'Für diesen Fall gibt es keine Fristen.' : 'Keine offenen Fristen.'}</Text>
      ) : (
        <FristenTabelle
          fristen={fristen}
          beschriftung="Fristen des Falls"
          mitFall={false}
          mitErledigung={alle}
        />
      )}
    </Stack>
  );
}
