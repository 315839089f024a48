import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Ladefehler } from '../../components/Ladezustand';
import { MONATSNAMEN } from '../../lib/format';
import { besetzungJahrAbfrage } from './api';

const vk = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * Required against actual VK per month of a year for each Leistung with a key; months not meeting the
 * contract are listed in red below the chart with the condition and its source (colour is not the only sign).
 */
export function BesetzungJahr({ jahr }: { jahr: number }) {
  const abfrage = useQuery(besetzungJahrAbfrage(jahr));
  if (abfrage.isError) return <Ladefehler fehler={abfrage.error} />;
  if (!abfrage.data) return null;
  const mitSchluessel = abfrage.data.filter((l) => l.monate.some((m) => m.sollVk !== null));
  return (
    <Stack gap="sm" component="section" aria-labelledby="jahr-titel">
      <Title order={2} id="jahr-titel">
        Besetzung im Jahr {jahr}: Soll und Ist je Monat
      </Title>
      {mitSchluessel.map((l) => {
        const rot = l.monate.filter((m) => m.erfuellt === false);
        return (
          <Card withBorder key={l.leistung}>
            <Title order={3} size="h5" mb="xs">
              {l.titel}
            </Title>
            <figure style={{ margin: 0 }}>
              <LineChart
                h={220}
                data={l.monate.map((m, i) => ({
                  monat: MONATSNAMEN[i].slice(0, 3),
                  'Soll VK': m.sollVk,
                  'Ist VK': m.istVk,
                }))}
                dataKey="monat"
                series={[
                  { name: 'Soll VK', color: 'gray.6', strokeDasharray: '5 5' },
                  { name: 'Ist VK', color: 'blue.7' },
                ]}
                valueFormatter={(v) => vk.format(v)}
                withLegend
                curveType="step"
              />
              <figcaption>
                {rot.length === 0 ? (
                  <Text size="sm">In jedem Monat erfüllt.</Text>
                ) : (
                  <ul>
                    {rot.map((m) => (
                      <li key={m.monat}>
                        <Text size="sm" c="red.8" fw={700} span>
                          {MONATSNAMEN[Number(m.monat.slice(5)) - 1]}: nicht erfüllt
                        </Text>{' '}
                        <Text size="sm" span>
                          (Soll {m.sollVk === null ? '–' : vk.format(m.sollVk)} VK, Ist {vk.format(m.istVk)}{' '}
                          VK) – {m.nichtErfuellt.join('; ')}
                        </Text>
                      </li>
                    ))}
                  </ul>
                )}
              </figcaption>
            </figure>
          </Card>
        );
      })}
    </Stack>
  );
}
