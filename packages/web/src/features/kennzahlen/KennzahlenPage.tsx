import { BarChart } from '@mantine/charts';
import { Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { heuteIso } from '../../lib/datumseingabe';
import { formatZahl } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { kennzahlenAbfrage } from './api';

/** What each figure means, on screen beside it (the same definitions as docs/kennzahlen.md). */
const DEFINITION = {
  aufnahmen: 'Hilfen, die in diesem Jahr begonnen haben.',
  entlassungen: 'Hilfen, die in diesem Jahr tatsächlich geendet haben.',
  verweildauer: 'Tage vom Beginn bis zum Ende der in diesem Jahr beendeten Hilfen, beide Tage mitgezählt.',
  beschwerden: 'In diesem Jahr eingegangene Beschwerden.',
  jugendaemter: 'Jugendämter mit mindestens einer in diesem Jahr laufenden Hilfe.',
};

function Zahl({ titel, wert, definition }: { titel: string; wert: string; definition: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {titel}
      </Text>
      <Text fw={700} size="xl">
        {wert}
      </Text>
      <Text size="xs" c="dimmed">
        {definition}
      </Text>
    </Paper>
  );
}

/** The Leitung's key figures of a year: admissions, discharges, length of stay, placing Jugendämter, complaints. */
export function KennzahlenPage() {
  useSeitentitel('Kennzahlen');
  const diesesJahr = Number(heuteIso().slice(0, 4));
  const [jahr, setJahr] = useState(diesesJahr);
  const abfrage = useQuery(kennzahlenAbfrage(jahr));
  const k = abfrage.data;
  const tage = (w: number | null) => (w === null ? '–' : `${formatZahl(w)} Tage`);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>Kennzahlen</Title>
        <Select
          label="Jahr"
          w={140}
          allowDeselect={false}
          data={[0, 1, 2, 3, 4].map((n) => String(diesesJahr - n))}
          value={String(jahr)}
          onChange={(w) => w && setJahr(Number(w))}
        />
      </Group>
      {abfrage.isPending && <Laden />}
      {abfrage.isError && <Ladefehler fehler={abfrage.error} />}
      {k && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
            <Zahl titel="Aufnahmen" wert={String(k.aufnahmen)} definition={DEFINITION.aufnahmen} />
            <Zahl titel="Entlassungen" wert={String(k.entlassungen)} definition={DEFINITION.entlassungen} />
            <Zahl
              titel="Verweildauer (Mittel)"
              wert={tage(k.verweildauerTage.mittel)}
              definition={DEFINITION.verweildauer}
            />
            <Zahl
              titel="Verweildauer (Median)"
              wert={tage(k.verweildauerTage.median)}
              definition={DEFINITION.verweildauer}
            />
            <Zahl titel="Beschwerden" wert={String(k.beschwerden)} definition={DEFINITION.beschwerden} />
          </SimpleGrid>
          <Stack component="section" aria-labelledby="jugendaemter" gap="xs">
            <Title order={2} size="h3" id="jugendaemter">
              Belegende Jugendämter
            </Title>
            <Text size="sm" c="dimmed">
              {DEFINITION.jugendaemter}
            </Text>
            {k.belegendeJugendaemter.length === 0 ? (
              <Text c="dimmed">Keine Hilfe in diesem Jahr.</Text>
            ) : (
              <figure aria-label="Hilfen je Jugendamt" style={{ margin: 0 }}>
                <BarChart
                  h={Math.max(120, k.belegendeJugendaemter.length * 44)}
                  data={k.belegendeJugendaemter.map((j) => ({ jugendamt: j.name, Hilfen: j.hilfen }))}
                  dataKey="jugendamt"
                  orientation="vertical"
                  yAxisProps={{ width: 260 }}
                  series={[{ name: 'Hilfen', color: 'blue.6' }]}
                  gridAxis="none"
                />
                <figcaption>
                  <ul>
                    {k.belegendeJugendaemter.map((j) => (
                      <li key={j.name}>
                        {j.name}: {j.hilfen} {j.hilfen === 1 ? 'Hilfe' : 'Hilfen'}
                      </li>
                    ))}
                  </ul>
                </figcaption>
              </figure>
            )}
          </Stack>
        </>
      )}
    </Stack>
  );
}
