import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';

export interface KonfliktFeld {
  name: string;
  beschriftung: string;
  format?: (wert: unknown) => string;
}

interface Props {
  felder: KonfliktFeld[];
  aktuell: Record<string, unknown>;
  eigene: Record<string, unknown>;
  /** Keep my input and save it over the newer version. */
  onBehalten: () => void;
  /** Replace my input with the values now stored. */
  onUebernehmen: () => void;
}

const anzeigen = (feld: KonfliktFeld, wert: unknown) =>
  feld.format ? feld.format(wert) : wert === null || wert === undefined || wert === '' ? '–' : String(wert);

/**
 * Someone else saved the record while this user edited it (HTTP 409). Their input stays in the form;
 * this shows what is stored now, side by side, so they can decide field by field.
 */
export function KonfliktHinweis({ felder, aktuell, eigene, onBehalten, onUebernehmen }: Props) {
  return (
    <Alert color="orange" icon={<IconGitMerge aria-hidden />} title="Inzwischen geändert" role="alert">
      <Stack gap="sm">
        <Text size="sm">
          Jemand anderes hat diesen Datensatz gespeichert, während Sie ihn bearbeitet haben. Ihre Eingaben
          sind erhalten. Vergleichen Sie und entscheiden Sie, welche Werte gelten sollen.
        </Text>
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Feld</Table.Th>
              <Table.Th scope="col">Jetzt gespeichert</Table.Th>
              <Table.Th scope="col">Ihre Eingabe</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {felder.map((feld) => {
              const gespeichert = anzeigen(feld, aktuell[feld.name]);
              const eigen = anzeigen(feld, eigene[feld.name]);
              return (
                <Table.Tr key={feld.name}>
                  <Table.Th scope="row">{feld.beschriftung}</Table.Th>
                  <Table.Td>{gespeichert}</Table.Td>
                  <Table.Td fw={gespeichert === eigen ? undefined : 700}>
                    {eigen}
                    {gespeichert !== eigen && ' (abweichend)'}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group>
          <Button size="xs" onClick={onBehalten}>
            Meine Eingaben speichern
          </Button>
          <Button size="xs" variant="default" onClick={onUebernehmen}>
            Gespeicherte Werte übernehmen
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
