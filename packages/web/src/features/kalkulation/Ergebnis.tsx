import { BarChart } from '@mantine/charts';
import { Alert, Group, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { formatBetrag, formatDatum, formatZahl } from '../../lib/format';
import type { Ergebnis as ErgebnisDaten, Zeile } from './api';

function Kennzahl({ label, wert }: { label: string; wert: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {wert}
      </Text>
    </Stack>
  );
}

/** The line's text; its clause appears on hover and on keyboard focus. */
function ZeilenText({ zeile }: { zeile: Zeile }) {
  return (
    <Tooltip
      label={`Quelle: ${zeile.quelle}`}
      multiline
      w={360}
      withArrow
      events={{ hover: true, focus: true, touch: true }}
    >
      <Text
        component="span"
        size="sm"
        tabIndex={0}
        td="underline dotted"
        style={{ cursor: 'help' }}
        aria-description={`Quelle: ${zeile.quelle}`}
      >
        {zeile.text}
      </Text>
    </Tooltip>
  );
}

export function Zeilentabelle({ zeilen, jahreskosten }: { zeilen: Zeile[]; jahreskosten: string }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover>
        <Table.Caption>
          Positionen der Kalkulation; die Quelle jeder Position erscheint beim Überfahren oder Fokussieren.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Position</Table.Th>
            <Table.Th ta="right">Menge</Table.Th>
            <Table.Th>Einheit</Table.Th>
            <Table.Th ta="right">Satz</Table.Th>
            <Table.Th ta="right">Betrag</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {zeilen.map((z) => (
            <Table.Tr key={z.id}>
              <Table.Td>
                <ZeilenText zeile={z} />
              </Table.Td>
              <Table.Td ta="right">{formatZahl(z.menge)}</Table.Td>
              <Table.Td>{z.einheit}</Table.Td>
              <Table.Td ta="right">{formatBetrag(z.satz)}</Table.Td>
              <Table.Td ta="right">{formatBetrag(z.betrag)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={4}>Jahreskosten</Table.Th>
            <Table.Th ta="right">{formatBetrag(jahreskosten)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

function divisorWert(e: ErgebnisDaten): number {
  return e.berechnungstage ?? e.berechnungsmonate ?? e.direktstunden ?? 1;
}

/** Entgelt, lines with sources, plausibility warnings and the cost structure of one scenario. */
export function Ergebnis({ ergebnis, veraltet }: { ergebnis: ErgebnisDaten; veraltet: boolean }) {
  const diagramm = ergebnis.zeilen.map((z) => ({
    position: z.text.length > 38 ? `${z.text.slice(0, 36)}…` : z.text,
    Betrag: Number(z.betrag),
  }));
  return (
    <Stack gap="md" aria-busy={veraltet} style={{ opacity: veraltet ? 0.6 : 1 }}>
      <Paper withBorder p="md" aria-live="polite">
        <Group gap="xl" wrap="wrap">
          <Kennzahl
            label={`Entgelt (${ergebnis.entgelt.einheit})`}
            wert={formatBetrag(ergebnis.entgelt.betrag)}
          />
          <Kennzahl label="Jahreskosten" wert={formatBetrag(ergebnis.jahreskosten)} />
          <Kennzahl label={ergebnis.divisor} wert={formatZahl(divisorWert(ergebnis))} />
          {ergebnis.budget && (
            <>
              <Kennzahl
                label="Geplante direkte Stunden je Jahr"
                wert={formatZahl(ergebnis.budget.planstundenJahr)}
              />
              {ergebnis.budget.jeDirektstunde && (
                <Kennzahl
                  label="Budget je direkte Stunde"
                  wert={formatBetrag(ergebnis.budget.jeDirektstunde)}
                />
              )}
              <Kennzahl
                label={`${ergebnis.budget.raten.anzahl} Raten ab ${formatDatum(ergebnis.budget.raten.ersteFaellig)}, letzte Rate`}
                wert={formatBetrag(ergebnis.budget.raten.letzte)}
              />
            </>
          )}
          {ergebnis.weiterePerson && (
            <Kennzahl
              label={`Weitere Person (${ergebnis.weiterePerson.entgelt.einheit})`}
              wert={formatBetrag(ergebnis.weiterePerson.entgelt.betrag)}
            />
          )}
        </Group>
      </Paper>
      {ergebnis.warnungen.length > 0 && (
        <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} title="Hinweise zur Kalkulation">
          <Stack gap={4}>
            {ergebnis.warnungen.map((w) => (
              <Text key={`${w.id}-${w.feld}`} size="sm">
                {w.text}{' '}
                <Text component="span" size="xs" c="dimmed">
                  (Quelle: {w.quelle})
                </Text>
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <Zeilentabelle zeilen={ergebnis.zeilen} jahreskosten={ergebnis.jahreskosten} />
      <Title order={3} size="h4">
        Kostenstruktur
      </Title>
      <figure
        style={{ margin: 0 }}
        aria-label="Kostenstruktur: Jahresbetrag je Position (dieselben Zahlen wie in der Tabelle)"
      >
        <BarChart
          h={Math.max(160, diagramm.length * 44)}
          data={diagramm}
          dataKey="position"
          orientation="vertical"
          yAxisProps={{ width: 260 }}
          series={[{ name: 'Betrag', color: 'blue.6' }]}
          valueFormatter={(wert) => formatBetrag(wert)}
          gridAxis="none"
        />
      </figure>
    </Stack>
  );
}
