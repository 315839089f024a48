import { Alert, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { heuteIso } from '../../lib/datumseingabe';
import { formatZahl } from '../../lib/format';
import { useSeitentitel } from '../../lib/seitentitel';
import { type KennzahlenTraeger, kennzahlenTraegerAbfrage } from './api';

type Zeile = KennzahlenTraeger['summe'] & {
  id?: string;
  name: string;
  budget?: KennzahlenTraeger['traeger'][number]['budget'];
};

function Reihe({ z, summe }: { z: Zeile; summe?: true }) {
  const Zellen = summe ? Table.Th : Table.Td;
  /** A suppressed figure reads "< 3" (never blank or 0), so nobody takes it for "none". */
  const zelle = (feld: string, wert: number | null) =>
    z.unterdrueckteFelder.includes(feld) ? '< 3' : wert === null ? '–' : formatZahl(wert);
  /** A hidden mean or median of days: "< 3" alone would read as "under three days". */
  const tage = (feld: string, wert: number | null) =>
    z.unterdrueckteFelder.includes(feld) ? '< 3 Hilfen' : zelle(feld, wert);
  return (
    <Table.Tr>
      <Zellen>{z.name}</Zellen>
      <Zellen ta="right">{zelle('hilfenImJahr', z.hilfenImJahr)}</Zellen>
      <Zellen ta="right">{zelle('aufnahmen', z.aufnahmen)}</Zellen>
      <Zellen ta="right">{zelle('entlassungen', z.entlassungen)}</Zellen>
      <Zellen ta="right">{zelle('beschwerden', z.beschwerden)}</Zellen>
      <Zellen ta="right">{tage('verweildauerTage.mittel', z.verweildauerTage.mittel)}</Zellen>
      <Zellen ta="right">{tage('verweildauerTage.median', z.verweildauerTage.median)}</Zellen>
      <Zellen ta="right">{formatZahl(z.stunden)}</Zellen>
      <Zellen ta="right">
        {z.budget
          ? `${formatZahl(z.budget.direktstunden)} von ${formatZahl(z.budget.planstunden)} Std.${
              z.budget.quote === null ? '' : ` (${formatZahl(Math.round(z.budget.quote * 1000) / 10)} %)`
            }`
          : '–'}
      </Zellen>
    </Table.Tr>
  );
}

/** The Fachcontrolling's view: per provider of this Jugendamt's Hilfen the year's figures, small counts hidden. */
export function KennzahlenTraegerPage() {
  useSeitentitel('Kennzahlen der Träger');
  const diesesJahr = Number(heuteIso().slice(0, 4));
  const [jahr, setJahr] = useState(diesesJahr);
  const abfrage = useQuery(kennzahlenTraegerAbfrage(jahr));
  const k = abfrage.data;
  const datei = (format: 'csv' | 'xlsx') => `/api/kennzahlen/traeger/export?jahr=${jahr}&format=${format}`;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>Kennzahlen der Träger</Title>
        <Group align="flex-end">
          <Select
            label="Jahr"
            w={140}
            allowDeselect={false}
            data={[0, 1, 2, 3, 4].map((n) => String(diesesJahr - n))}
            value={String(jahr)}
            onChange={(w) => w && setJahr(Number(w))}
          />
          <Button component="a" variant="default" href={datei('csv')} download>
            CSV
          </Button>
          <Button component="a" variant="default" href={datei('xlsx')} download>
            Excel (XLSX)
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        Je Träger die Hilfen, die dieses Jugendamt bewilligt hat und die im Jahr an mindestens einem Tag
        liefen: Aufnahmen (Beginn im Jahr), Entlassungen (tatsächliches Ende im Jahr), Verweildauer der im
        Jahr beendeten Hilfen in Tagen (Beginn und Ende mitgezählt), dokumentierte Stunden und, wo ein
        Trägerbudget besteht, die direkten Stunden gegen die geplanten. Beschwerden nennen kein Jugendamt:
        gezählt sind alle Beschwerden, die beim Träger im Jahr eingingen.
      </Text>
      <Alert title="„< 3“: kleine Zahlen werden nicht gezeigt" color="gray">
        Eine Anzahl von 1 oder 2 könnte auf eine einzelne Familie verweisen. Sie erscheint als „&lt; 3“;
        Mittel und Median der Verweildauer über weniger als 3 Hilfen erscheinen als „&lt; 3 Hilfen“. Enthält
        eine Spalte eine solche Zahl, entfällt auch ihre Summe „Alle Träger“ — sonst ließe sich die kleine
        Zahl aus der Summe zurückrechnen.
      </Alert>
      {abfrage.isPending && <Laden />}
      {abfrage.isError && <Ladefehler fehler={abfrage.error} />}
      {k &&
        (k.traeger.length === 0 ? (
          <Text c="dimmed">Keine Hilfe dieses Jugendamts in diesem Jahr.</Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped>
              <Table.Caption>Kennzahlen der Träger {jahr}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Träger</Table.Th>
                  <Table.Th ta="right">Hilfen im Jahr</Table.Th>
                  <Table.Th ta="right">Aufnahmen</Table.Th>
                  <Table.Th ta="right">Entlassungen</Table.Th>
                  <Table.Th ta="right">Beschwerden</Table.Th>
                  <Table.Th ta="right">Verweildauer Mittel (Tage)</Table.Th>
                  <Table.Th ta="right">Verweildauer Median (Tage)</Table.Th>
                  <Table.Th ta="right">Stunden</Table.Th>
                  <Table.Th ta="right">Trägerbudget: direkte Stunden</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {k.traeger.map((z) => (
                  <Reihe key={z.id} z={z} />
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Reihe z={{ ...k.summe, name: 'Alle Träger' }} summe />
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        ))}
    </Stack>
  );
}
