import { BarChart } from '@mantine/charts';
import { Anchor, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { heuteIso } from '../../lib/datumseingabe';
import { formatZahl, MONATSNAMEN } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { kennzahlenAbfrage } from './api';
import { JahresberichtTexte } from './JahresberichtTexte';
import { Kennzahl, prozentText, stundenText } from './Kennzahl';

const TEILE = [
  { value: '', label: 'ganzes Jahr' },
  ...[1, 2, 3, 4].map((q) => ({ value: `Q${q}`, label: `${q}. Quartal` })),
  ...MONATSNAMEN.map((m, i) => ({ value: String(i + 1).padStart(2, '0'), label: m })),
];
const BEWERTUNG = { unter: 'unter dem Band', 'im-band': 'im Band', ueber: 'über dem Band' } as const;

/** The Leitung's key figures of a year, quarter or month, each with its definition and source. */
export function KennzahlenPage() {
  useSeitentitel('Kennzahlen');
  const diesesJahr = Number(heuteIso().slice(0, 4));
  const [jahr, setJahr] = useState(diesesJahr);
  const [teil, setTeil] = useState('');
  const zeitraum = teil ? `${jahr}-${teil}` : String(jahr);
  const abfrage = useQuery(kennzahlenAbfrage(zeitraum));
  const k = abfrage.data;
  const tage = (w: number | null) => (w === null ? '–' : `${formatZahl(w)} Tage`);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>Kennzahlen</Title>
        <Group align="flex-end">
          <Select
            label="Jahr"
            w={120}
            allowDeselect={false}
            data={[0, 1, 2, 3, 4].map((n) => String(diesesJahr - n))}
            value={String(jahr)}
            onChange={(w) => w && setJahr(Number(w))}
          />
          <Select
            label="Zeitraum"
            w={160}
            allowDeselect={false}
            data={TEILE}
            value={teil}
            onChange={(w) => setTeil(w ?? '')}
          />
          <Anchor href={`/api/kennzahlen/bericht?jahr=${jahr}`}>Jahresbericht {jahr} (PDF)</Anchor>
          <Anchor href={`/api/kennzahlen/bericht?jahr=${jahr}&format=xlsx`}>Tabellen (XLSX)</Anchor>
        </Group>
      </Group>
      {abfrage.isPending && <Laden />}
      {abfrage.isError && <Ladefehler fehler={abfrage.error} />}
      {k && (
        <>
          <Text c="dimmed">{k.zeitraum.bezeichnung}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <Kennzahl k={k} titel="Aufnahmen" schluessel="aufnahmen" wert={String(k.aufnahmen)} />
            <Kennzahl k={k} titel="Entlassungen" schluessel="entlassungen" wert={String(k.entlassungen)} />
            <Kennzahl
              k={k}
              titel="Entlassungen planmäßig / unplanmäßig"
              schluessel="entlassungenNachGrund"
              wert={`${k.entlassungenNachGrund.planmaessig} / ${k.entlassungenNachGrund.unplanmaessig}${
                k.entlassungenNachGrund.ohneAngabe
                  ? ` (${k.entlassungenNachGrund.ohneAngabe} ohne Angabe)`
                  : ''
              } · ${prozentText(k.entlassungenNachGrund.anteilPlanmaessigProzent)} planmäßig`}
            />
            <Kennzahl
              k={k}
              titel="Verweildauer (Mittel / Median)"
              schluessel="verweildauer"
              wert={`${tage(k.verweildauerTage.mittel)} / ${tage(k.verweildauerTage.median)}`}
            />
            <Kennzahl
              k={k}
              titel="Beschwerden (eingegangen / offen)"
              schluessel="beschwerden"
              wert={`${k.beschwerden} / ${k.beschwerdenOffen}`}
            />
            <Kennzahl
              k={k}
              titel="Fristen termingerecht"
              schluessel="fristen"
              wert={`${prozentText(k.fristen.anteilProzent)} (${k.fristen.termingerecht} von ${k.fristen.faellig})`}
            />
            <Kennzahl
              k={k}
              titel="Verfahren nach § 8a (begonnen / abgeschlossen / offen)"
              schluessel="kinderschutz"
              wert={`${k.kinderschutz.begonnen} / ${k.kinderschutz.abgeschlossen} / ${k.kinderschutz.offenAmEnde}`}
            />
            <Kennzahl
              k={k}
              titel="Direkte Stunden gegen Plan"
              schluessel="stunden"
              wert={`${stundenText(k.stunden.direkt.ist)} von ${stundenText(k.stunden.direkt.plan)} (${prozentText(
                k.stunden.direkt.erfuellungProzent,
              )})`}
            />
          </SimpleGrid>
          <Stack component="section" aria-labelledby="stunden" gap="xs">
            <Title order={2} size="h3" id="stunden">
              Stunden nach Art
            </Title>
            <figure aria-label="Stunden nach Art" style={{ margin: 0 }}>
              <BarChart
                h={220}
                data={[
                  { art: 'Direkt', Ist: k.stunden.direkt.ist, Plan: k.stunden.direkt.plan },
                  { art: 'Fallunspezifisch', Ist: k.stunden.fallunspezifisch, Plan: 0 },
                  { art: 'Netzwerkarbeit', Ist: k.stunden.netzwerkarbeit, Plan: 0 },
                ]}
                dataKey="art"
                series={[
                  { name: 'Ist', color: 'blue.6' },
                  { name: 'Plan', color: 'gray.5' },
                ]}
              />
              <figcaption>
                Direkt {stundenText(k.stunden.direkt.ist)} (Plan {stundenText(k.stunden.direkt.plan)}), davon
                fallübergreifend {stundenText(k.stunden.falluebergreifend)}; fallunspezifisch{' '}
                {stundenText(k.stunden.fallunspezifisch)}, Netzwerkarbeit{' '}
                {stundenText(k.stunden.netzwerkarbeit)} (ohne vereinbarten Plan); indirekt{' '}
                {stundenText(k.stunden.indirekt)}, Fahrzeit {/* „Std.“ ends the sentence: no second dot. */}
                {stundenText(k.stunden.fahrzeit)}
              </figcaption>
            </figure>
          </Stack>
          {k.auslastung.length > 0 && (
            <Stack component="section" aria-labelledby="auslastung" gap="xs">
              <Title order={2} size="h3" id="auslastung">
                Auslastung
              </Title>
              {k.auslastung.map((a) => (
                <Kennzahl
                  key={a.leistung}
                  k={k}
                  titel={`${a.name} (${a.plaetze ?? '–'} Plätze, Band ${a.min}–${a.max} %)`}
                  schluessel="auslastung"
                  wert={`${prozentText(a.quoteProzent)}${a.bewertung ? ` — ${BEWERTUNG[a.bewertung]}` : ''} (${a.belegungstage} Belegungstage)`}
                />
              ))}
            </Stack>
          )}
          <Stack component="section" aria-labelledby="jugendaemter" gap="xs">
            <Title order={2} size="h3" id="jugendaemter">
              Belegende Jugendämter
            </Title>
            {k.belegendeJugendaemter.length === 0 ? (
              <Text c="dimmed">Keine Hilfe in diesem Zeitraum.</Text>
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
          {k.bremerhaven && (
            <Stack component="section" aria-labelledby="bremerhaven" gap="xs">
              <Title order={2} size="h3" id="bremerhaven">
                Kennzahlen Trägerbudget Bremerhaven
              </Title>
              <Text size="sm" c="dimmed">
                Die Liste möglicher Kennzahlen des Konzepts (Fach- und Finanz-Controlling), in ihrer
                Reihenfolge.
              </Text>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Nr.</Table.Th>
                    <Table.Th>Kennzahl</Table.Th>
                    <Table.Th>Wert</Table.Th>
                    <Table.Th>Ermittlung</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {k.bremerhaven.map((b) => (
                    <Table.Tr key={b.nr}>
                      <Table.Td>{b.nr}</Table.Td>
                      <Table.Td>{b.kennzahl}</Table.Td>
                      <Table.Td>{b.wert === null ? '–' : `${formatZahl(b.wert)} ${b.einheit}`}</Table.Td>
                      <Table.Td>{b.hinweis}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          )}
        </>
      )}
      <JahresberichtTexte jahr={jahr} />
    </Stack>
  );
}
