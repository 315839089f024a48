import { BESCHWERDE_QUELLEN_TEXT } from '@hilfewerk/api';
import { BarChart } from '@mantine/charts';
import { Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Ladefehler } from '../../components/Ladezustand';
import { MONATSNAMEN } from '../../lib/format';
import { statistikAbfrage } from './api';

const prozent = (anteil: number | null) =>
  anteil === null ? '–' : `${Math.round(anteil * 100).toLocaleString('de-DE')} %`;

/**
 * The year's complaints in figures: by month (chart), by source, days to close, deadlines kept. The year is
 * chosen with a native select (keyboard and screen readers work as everywhere) that stays in place, with
 * the focus on it, while the chosen year loads.
 */
export function BeschwerdeStatistik({
  jahr,
  jahre,
  setzeJahr,
}: {
  jahr: number;
  jahre: readonly number[];
  setzeJahr: (jahr: number) => void;
}) {
  const abfrage = useQuery(statistikAbfrage(jahr));
  const kopf = (
    <Group justify="space-between" align="flex-end">
      <Title order={2} size="h4">
        Statistik {jahr}
      </Title>
      <NativeSelect
        label="Jahr"
        data={jahre.map(String)}
        value={String(jahr)}
        onChange={(e) => setzeJahr(Number(e.currentTarget.value))}
        w={120}
      />
    </Group>
  );
  if (abfrage.isError || abfrage.isPending) {
    return (
      <Paper withBorder p="md">
        <Stack gap="sm">
          {kopf}
          {abfrage.isError ? (
            <Ladefehler fehler={abfrage.error} />
          ) : (
            <Text role="status">Statistik wird geladen …</Text>
          )}
        </Stack>
      </Paper>
    );
  }
  const s = abfrage.data;
  const daten = s.nachMonat.map((anzahl, i) => ({ monat: MONATSNAMEN[i].slice(0, 3), anzahl }));
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        {kopf}
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <Text size="sm">
            Beschwerden: <strong>{s.anzahl}</strong>
          </Text>
          <Text size="sm">
            Median bis Abschluss:{' '}
            <strong>
              {s.medianBearbeitungstage === null
                ? '–'
                : `${s.medianBearbeitungstage.toLocaleString('de-DE')} Tage`}
            </strong>
          </Text>
          <Text size="sm">
            Rechtzeitig bestätigt: <strong>{prozent(s.anteilBestaetigtInFrist)}</strong>
          </Text>
          <Text size="sm">
            Rechtzeitig beantwortet: <strong>{prozent(s.anteilBeantwortetInFrist)}</strong>
          </Text>
        </SimpleGrid>
        <Group gap="md">
          {Object.entries(s.nachQuelle).map(([q, n]) => (
            <Text size="sm" key={q}>
              {BESCHWERDE_QUELLEN_TEXT[q as keyof typeof BESCHWERDE_QUELLEN_TEXT]}: {n}
            </Text>
          ))}
        </Group>
        <BarChart
          h={200}
          data={daten}
          dataKey="monat"
          series={[{ name: 'anzahl', label: 'Beschwerden', color: 'blue.7' }]}
          aria-label={`Beschwerden je Monat ${jahr}: ${s.nachMonat
            .map((n, i) => `${MONATSNAMEN[i]} ${n}`)
            .join(', ')}`}
          role="img"
          yAxisProps={{ allowDecimals: false }}
        />
      </Stack>
    </Paper>
  );
}
