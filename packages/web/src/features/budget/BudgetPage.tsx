import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Accordion, Alert, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { sitzungAbfrage } from '../../api/abfragen';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { formatBetrag, formatDatum, formatQuartal, formatZahl } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { GRUEN, ORANGE } from '../../theme';
import { type Controlling, controllingAbfrage } from './api';
import { StellenaenderungFormular } from './StellenaenderungFormular';

/** Who may change the agreement (the server's table says the same). */
const DARF_AENDERN = ['leitung', 'verwaltung'];

const zahl2 = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const prozent = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 });
const faktorFormat = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 4 });

/** The Umsteuerung is an expected corridor, not a target: outside it the Leitungsebene decides. */
const BEWERTUNG = {
  'im-rahmen': 'im erwarteten Rahmen',
  darunter: 'unter dem erwarteten Rahmen – Leitungsentscheidung',
  darueber: 'über dem erwarteten Rahmen – Leitungsentscheidung',
} as const;

/**
 * Trägerbudget controlling (Bremerhaven, docs/regeln.md): quarters filled from the Leistungseinträge —
 * plan vs. delivered direct hours, Fachkraft and semiprofessional stacked, the 90 % line —, the
 * renegotiation alarm, the Umsteuerung factor against the expected corridor and the instalment schedule.
 */
export function BudgetPage() {
  useSeitentitel('Trägerbudget');
  const abfrage = useQuery(controllingAbfrage);
  if (abfrage.isPending) return <Laden />;
  if (abfrage.isError)
    return (
      <Stack>
        <Title order={1}>Trägerbudget</Title>
        <Ladefehler fehler={abfrage.error} nichtGefunden="Keine Trägerbudget-Vereinbarung." />
      </Stack>
    );
  return <Budget c={abfrage.data} />;
}

/** The controlling of one agreement; also the Jugendamt's Fachcontrolling view (features/fachcontrolling). */
export function Budget({ c, titel = 'Trägerbudget' }: { c: Controlling; titel?: string }) {
  const v = c.vereinbarung;
  const sitzung = useQuery(sitzungAbfrage).data;
  const darfAendern = DARF_AENDERN.includes(sitzung?.benutzer.rolle ?? '');
  // The plan in force now: a dated staff plan change moves it, the quarters before keep theirs (table).
  const planQuartal = c.laufendesQuartal?.plan ?? c.quartale.at(-1)?.plan ?? c.planstundenJahr / 4;
  const daten = [
    ...c.quartale.map((q) => ({ ...q, label: formatQuartal(q.quartal) })),
    ...(c.laufendesQuartal
      ? [
          {
            ...c.laufendesQuartal,
            label: `${formatQuartal(c.laufendesQuartal.quartal)} (laufend)`,
            quote: c.laufendesQuartal.ist / c.laufendesQuartal.plan,
            unter90: false,
          },
        ]
      : []),
  ];
  const summeRaten = c.raten.reduce((s, r) => s + Math.round(Number(r.betrag) * 100), 0) / 100;
  const letzte = c.quartale.at(-1);

  return (
    <Stack gap="lg">
      <Title order={1}>{titel}</Title>
      <Text>
        {v.bezeichnung} mit {v.jugendamt.name}: {formatBetrag(v.gesamtbudget)} vom {formatDatum(v.beginn)} bis{' '}
        {formatDatum(c.ende)} ({v.monate} Monate), monatlich im Voraus.
      </Text>

      {c.nachverhandlung.ausgeloest ? (
        <Alert
          color="red"
          role="alert"
          icon={<IconAlertTriangle aria-hidden />}
          title="Nachverhandlung prüfen"
        >
          In {c.nachverhandlung.quartale.length} Quartalen hintereinander (
          {c.nachverhandlung.quartale.map(formatQuartal).join(', ')}) wurden weniger als 90 % der vereinbarten
          direkten Stunden erbracht. Laut Vereinbarung (Modellprojekt Bremerhaven, II.5) wird verhandelt, wenn
          außerdem wahrscheinlich ist, dass sich dies nicht ändert.
        </Alert>
      ) : (
        <Alert color="green" role="status" title="Keine Nachverhandlung ausgelöst">
          In keinem Lauf von drei Quartalen lagen die direkten Stunden unter 90 % des Plans.
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Kennzahl titel="Geplante direkte Stunden je Jahr" wert={formatZahl(c.planstundenJahr)}>
          {v.stellen
            .map(
              (s) => `${zahl2.format(s.vk)} VK ${s.art === 'fachkraft' ? 'Fachkraft' : 'semiprofessionell'}`,
            )
            .join(' + ')}{' '}
          × Jahresstunden × {prozent.format(v.direktanteil)} direkt
        </Kennzahl>
        <Kennzahl
          titel={letzte ? `Quote ${formatQuartal(letzte.quartal)}` : 'Quote'}
          wert={letzte ? prozent.format(letzte.quote) : '–'}
        >
          {letzte
            ? `${zahl2.format(letzte.ist)} von ${zahl2.format(letzte.plan)} Stunden`
            : 'Noch kein abgeschlossenes Quartal.'}
        </Kennzahl>
        <Kennzahl
          titel="Laufendes Quartal"
          wert={c.laufendesQuartal ? `${zahl2.format(c.laufendesQuartal.ist)} h` : '–'}
        >
          {c.laufendesQuartal
            ? `${formatQuartal(c.laufendesQuartal.quartal)} bis ${formatDatum(c.stand)}; zählt erst nach Quartalsende.`
            : 'Außerhalb der Laufzeit.'}
        </Kennzahl>
      </SimpleGrid>

      {c.stellenplaene && (
        <Stack gap="xs" component="section" aria-labelledby="stellenplaene">
          <Title order={2} id="stellenplaene">
            Stellenplan und seine Änderungen
          </Title>
          <Text size="sm">
            Änderungen der Arbeitszeit gelten mit ihrem Inkrafttreten (Modellprojekt Bremerhaven, II.5): jedes
            Quartal wird an dem Plan gemessen, der an seinen Tagen galt.
          </Text>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Gültig</Table.Th>
                <Table.Th scope="col" ta="right">
                  Geplante direkte Stunden je Jahr
                </Table.Th>
                <Table.Th scope="col">Anlass</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.stellenplaene.map((p) => (
                <Table.Tr key={p.ab}>
                  <Table.Td>
                    {formatDatum(p.ab)} bis {formatDatum(p.bis)}
                  </Table.Td>
                  <Table.Td ta="right">{zahl2.format(p.planstundenJahr)}</Table.Td>
                  <Table.Td>{p.grund ?? (p.ab === v.beginn ? 'Vereinbarung' : '–')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}

      {darfAendern && <StellenaenderungFormular v={v} />}

      <Stack gap="xs" component="section" aria-labelledby="quartale">
        <Title order={2} size="h3" id="quartale">
          Direkte Stunden je Quartal
        </Title>
        <div
          role="img"
          aria-label={`Säulendiagramm: erbrachte direkte Stunden je Quartal, Fachkraft und semiprofessionell gestapelt, gegen den Plan von ${zahl2.format(planQuartal)} Stunden und die 90-%-Linie. Die Werte stehen in der Tabelle darunter.`}
        >
          <BarChart
            h={320}
            data={daten}
            dataKey="label"
            type="stacked"
            series={[
              { name: 'fachkraft', label: 'Fachkraft', color: 'blue.7' },
              { name: 'semiprofessionell', label: 'Semiprofessionell', color: 'teal.5' },
            ]}
            withLegend
            yAxisLabel="Stunden"
            // The axis always reaches the plan: far below it, the reference lines would otherwise fall off
            // the chart and hide exactly how large the gap is.
            yAxisProps={{ domain: [0, (hoechster: number) => Math.max(hoechster, planQuartal, 1) * 1.05] }}
            valueFormatter={(w) => zahl2.format(w)}
            referenceLines={[
              { y: planQuartal, label: `Plan ${zahl2.format(planQuartal)} h`, color: 'gray.7' },
              { y: planQuartal * 0.9, label: '90 %', color: 'red.7' },
            ]}
          />
        </div>
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Quartal</Table.Th>
                <Table.Th scope="col" ta="right">
                  Plan
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Ist
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Fachkraft
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Semiprofessionell
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Quote
                </Table.Th>
                <Table.Th scope="col">Bewertung</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {daten.map((q) => (
                <Table.Tr key={q.label}>
                  <Table.Th scope="row">{q.label}</Table.Th>
                  <Table.Td ta="right">{zahl2.format(q.plan)}</Table.Td>
                  <Table.Td ta="right">{zahl2.format(q.ist)}</Table.Td>
                  <Table.Td ta="right">{zahl2.format(q.fachkraft)}</Table.Td>
                  <Table.Td ta="right">{zahl2.format(q.semiprofessionell)}</Table.Td>
                  <Table.Td ta="right">{prozent.format(q.quote)}</Table.Td>
                  <Table.Td>
                    {q.label.endsWith('(laufend)') ? (
                      <Badge variant="light" color="gray">
                        läuft noch
                      </Badge>
                    ) : q.unter90 ? (
                      <Badge color="red.9">unter 90 %</Badge>
                    ) : (
                      <Badge color={GRUEN} variant="outline">
                        erreicht
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="umsteuerung">
        <Title order={2} size="h3" id="umsteuerung">
          Umsteuerung
        </Title>
        <Text size="sm">
          Erbrachte direkte Stunden eines Kalenderjahres gegenüber der Leistung vor dem Budget (
          {formatZahl(v.basisleistungStunden)} Stunden). Das Modellprojekt erwartet „bis zu 15 % mehr
          Leistungen für den gleichbleibenden Kostenbetrag“; bei deutlichen Abweichungen nach oben oder unten
          entscheidet die Leitungsebene über Umsteuerungsmaßnahmen (Modellprojekt Bremerhaven, II.5).
        </Text>
        {c.umsteuerung.length === 0 && <Text c="dimmed">Noch kein vollständiges Kalenderjahr.</Text>}
        {c.umsteuerung.map((u) => (
          <Group key={u.jahr} gap="sm">
            <Text fw={600}>{u.jahr}:</Text>
            <Text>
              Faktor {faktorFormat.format(u.faktor)}, erwartet {faktorFormat.format(u.erwartung.von)} bis{' '}
              {faktorFormat.format(u.erwartung.bis)}
            </Text>
            <Badge
              color={u.leitungsentscheidung ? ORANGE : GRUEN}
              variant={u.leitungsentscheidung ? 'filled' : 'outline'}
            >
              {BEWERTUNG[u.bewertung]}
            </Badge>
          </Group>
        ))}
      </Stack>

      {c.hinweise.length > 0 && (
        <Alert color="blue" icon={<IconInfoCircle aria-hidden />} title="Hinweise">
          {c.hinweise.map((h) => (
            <Text key={h} size="sm">
              {h}
            </Text>
          ))}
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        Direktanteil {prozent.format(v.direktanteil)} laut Vereinbarung. Die Quelle ist doppeldeutig („80 %
        direkte Zeiten“ oder „indirekte Zeiten 20 % der Stunden am Klient“, also 1 : 0,2); maßgeblich ist der
        vereinbarte Wert.
      </Text>

      <Accordion variant="separated">
        <Accordion.Item value="raten">
          <Accordion.Control>
            Ratenplan: {c.raten.length} Raten, zusammen {formatBetrag(summeRaten)}
          </Accordion.Control>
          <Accordion.Panel>
            <Table.ScrollContainer minWidth={360}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Monat</Table.Th>
                    <Table.Th scope="col">Fällig</Table.Th>
                    <Table.Th scope="col" ta="right">
                      Betrag
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {c.raten.map((r) => (
                    <Table.Tr key={r.monat}>
                      <Table.Td>
                        {r.monat.slice(5, 7)}/{r.monat.slice(0, 4)}
                      </Table.Td>
                      <Table.Td>{formatDatum(r.faellig)}</Table.Td>
                      <Table.Td ta="right">{formatBetrag(r.betrag)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}

function Kennzahl({ titel, wert, children }: { titel: string; wert: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">
        {titel}
      </Text>
      <Text size="xl" fw={700}>
        {wert}
      </Text>
      <Text size="xs">{children}</Text>
    </Card>
  );
}
