import { Table, Text } from '@mantine/core';
import { formatBetrag, formatDatum } from '../../lib/format';
import type { Ergebnis } from './api';
import { differenzCent, SZENARIO_NAMEN } from './eingabe';

interface Spalte {
  ergebnis: Ergebnis | undefined;
  beschriftung: string;
}

function Differenz({ basis, wert }: { basis: string | undefined; wert: string | undefined }) {
  if (basis === undefined || wert === undefined) return null;
  const cent = differenzCent(basis, wert);
  if (cent === 0)
    return (
      <Text span size="xs" c="dimmed">
        {' '}
        (±0)
      </Text>
    );
  const text = `${cent > 0 ? '+' : '−'}${formatBetrag(Math.abs(cent) / 100)}`;
  return (
    <Text span size="xs" c={cent > 0 ? 'red.8' : 'green.8'}>
      {' '}
      ({text})
    </Text>
  );
}

/** Up to three scenarios side by side; every amount with its difference to scenario A. */
export function Szenarienvergleich({ spalten }: { spalten: Spalte[] }) {
  const basis = spalten[0]?.ergebnis;
  const zeilen = new Map<string, string>();
  for (const s of spalten)
    for (const z of s.ergebnis?.zeilen ?? []) if (!zeilen.has(z.id)) zeilen.set(z.id, z.text);
  const betrag = (e: Ergebnis | undefined, id: string) => e?.zeilen.find((z) => z.id === id)?.betrag;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder withColumnBorders>
        <Table.Caption>Szenarienvergleich; in Klammern die Differenz zu Szenario A.</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Größe</Table.Th>
            {spalten.map((s, i) => (
              <Table.Th key={SZENARIO_NAMEN[i]} scope="col" ta="right">
                Szenario {SZENARIO_NAMEN[i]}
                <Text size="xs" c="dimmed" fw={400}>
                  {s.beschriftung}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">Stichtag</Table.Th>
            {spalten.map((s, i) => (
              <Table.Td key={SZENARIO_NAMEN[i]} ta="right">
                {s.ergebnis ? formatDatum(s.ergebnis.stichtag) : '–'}
              </Table.Td>
            ))}
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Entgelt</Table.Th>
            {spalten.map((s, i) => (
              <Table.Td key={SZENARIO_NAMEN[i]} ta="right" fw={700}>
                {s.ergebnis ? formatBetrag(s.ergebnis.entgelt.betrag) : '–'}
                {i > 0 && <Differenz basis={basis?.entgelt.betrag} wert={s.ergebnis?.entgelt.betrag} />}
              </Table.Td>
            ))}
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Jahreskosten</Table.Th>
            {spalten.map((s, i) => (
              <Table.Td key={SZENARIO_NAMEN[i]} ta="right">
                {s.ergebnis ? formatBetrag(s.ergebnis.jahreskosten) : '–'}
                {i > 0 && <Differenz basis={basis?.jahreskosten} wert={s.ergebnis?.jahreskosten} />}
              </Table.Td>
            ))}
          </Table.Tr>
          {[...zeilen].map(([id, text]) => (
            <Table.Tr key={id}>
              <Table.Th scope="row" fw={400}>
                {text}
              </Table.Th>
              {spalten.map((s, i) => (
                <Table.Td key={SZENARIO_NAMEN[i]} ta="right">
                  {betrag(s.ergebnis, id) === undefined ? '–' : formatBetrag(betrag(s.ergebnis, id) ?? '0')}
                  {i > 0 && <Differenz basis={betrag(basis, id)} wert={betrag(s.ergebnis, id)} />}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
