import { BarChart } from '@mantine/charts';
import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { heuteIso } from '../../lib/datumseingabe';
import { useSeitentitel } from '../../lib/seitentitel';
import { teamFristenAbfrage } from '../fristen/abfragen';
import { kennzahlenAbfrage } from './api';
import { prozentText, stundenText } from './Kennzahl';

function Kachel({ titel, wert, link, ziel }: { titel: string; wert: string; link: string; ziel: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {titel}
      </Text>
      <Text fw={700} size="xl">
        {wert}
      </Text>
      <Anchor component={Link} to={ziel} size="sm">
        {link}
      </Anchor>
    </Paper>
  );
}

/**
 * The Leitung's start page: what needs attention today — overdue deadlines by person, hours of this month
 * against plan, occupancy, open complaints and § 8a procedures. Counts and links only, never a case.
 */
export function UebersichtPage() {
  useSeitentitel('Übersicht');
  const monat = heuteIso().slice(0, 7);
  const kz = useQuery(kennzahlenAbfrage(monat));
  const fristen = useQuery(teamFristenAbfrage);
  const k = kz.data;
  const f = fristen.data;
  const ueberfaellig = f ? f.mitarbeitende.filter((m) => m.ueberfaellig > 0) : [];
  return (
    <Stack gap="lg">
      <Title order={1}>Übersicht</Title>
      {(kz.isPending || fristen.isPending) && <Laden />}
      {kz.isError && <Ladefehler fehler={kz.error} />}
      {fristen.isError && <Ladefehler fehler={fristen.error} />}
      {k && f && (
        <>
          <Text c="dimmed">Was heute Aufmerksamkeit braucht · {k.zeitraum.bezeichnung}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <Kachel
              titel="Überfällige Fristen"
              wert={String(f.ueberfaellig.length)}
              link="Fristen im Team"
              ziel="/team-fristen"
            />
            <Kachel
              titel="Offene Beschwerden"
              wert={String(k.beschwerdenOffen)}
              link="Beschwerden"
              ziel="/beschwerden"
            />
            <Kachel
              titel="Offene Verfahren nach § 8a"
              wert={String(k.kinderschutz.offenAmEnde)}
              link="Kinderschutz"
              ziel="/kinderschutz"
            />
            <Kachel
              titel="Direkte Stunden gegen Plan (Monat)"
              wert={`${stundenText(k.stunden.direkt.ist)} / ${stundenText(k.stunden.direkt.plan)} (${prozentText(
                k.stunden.direkt.erfuellungProzent,
              )})`}
              link="Stundencontrolling"
              ziel="/stundencontrolling"
            />
            {k.auslastung.map((a) => (
              <Kachel
                key={a.leistung}
                titel={`Auslastung ${a.name} (Band ${a.min}–${a.max} %)`}
                wert={prozentText(a.quoteProzent)}
                link="Kennzahlen"
                ziel="/kennzahlen"
              />
            ))}
          </SimpleGrid>
          <Stack component="section" aria-labelledby="fristen-person" gap="xs">
            <Title order={2} size="h3" id="fristen-person">
              Überfällige Fristen je Person
            </Title>
            {ueberfaellig.length === 0 ? (
              <Text c="dimmed">Keine überfälligen Fristen.</Text>
            ) : (
              <figure aria-label="Überfällige Fristen je Person" style={{ margin: 0 }}>
                <BarChart
                  h={Math.max(120, ueberfaellig.length * 44)}
                  data={ueberfaellig.map((m) => ({
                    person: m.name,
                    Überfällig: m.ueberfaellig,
                    'Diese Woche': m.dieseWoche,
                  }))}
                  dataKey="person"
                  orientation="vertical"
                  yAxisProps={{ width: 200 }}
                  withLegend
                  series={[
                    { name: 'Überfällig', color: 'red.6' },
                    { name: 'Diese Woche', color: 'yellow.6' },
                  ]}
                />
                <figcaption>
                  <ul>
                    {ueberfaellig.map((m) => (
                      <li key={m.benutzerId}>
                        {m.name}: {m.ueberfaellig} überfällig, {m.dieseWoche} diese Woche
                      </li>
                    ))}
                  </ul>
                </figcaption>
              </figure>
            )}
          </Stack>
          <Stack component="section" aria-labelledby="stunden-plan" gap="xs">
            <Title order={2} size="h3" id="stunden-plan">
              Stunden des Monats gegen Plan
            </Title>
            <figure aria-label="Stunden des Monats gegen Plan" style={{ margin: 0 }}>
              <BarChart
                h={160}
                data={[{ art: 'Direkt', Ist: k.stunden.direkt.ist, Plan: k.stunden.direkt.plan }]}
                dataKey="art"
                orientation="vertical"
                yAxisProps={{ width: 80 }}
                series={[
                  { name: 'Ist', color: 'blue.6' },
                  { name: 'Plan', color: 'gray.5' },
                ]}
              />
              <figcaption>
                Direkt {stundenText(k.stunden.direkt.ist)} von {stundenText(k.stunden.direkt.plan)} geplant.
              </figcaption>
            </figure>
          </Stack>
          <Anchor component={Link} to="/kennzahlen">
            Alle Kennzahlen und Jahresbericht
          </Anchor>
        </>
      )}
    </Stack>
  );
}
