import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiFehler } from '../../api/client';
import { formatBetrag, formatDatum, formatZeitpunkt } from '../../lib/format';
import {
  type Eingabe,
  gespeicherteAbfrage,
  type KalkulationDetail,
  type KalkulationKopf,
  kalkulationAbfrage,
  speichereKalkulation,
  speichereVersion,
} from './api';

export interface Speicherstand {
  bezeichnung: string;
  kommentar: string;
  reiheId: string | null;
  version: number | null;
  geladeneId: string | null;
}

interface Props {
  stand: Speicherstand;
  eingabe: Eingabe | null;
  darfSpeichern: boolean;
  bezeichnungProps: GetInputPropsReturnType;
  kommentarProps: GetInputPropsReturnType;
  onGespeichert: (d: KalkulationDetail) => void;
  onVersionBekannt: (version: number) => void;
  onOeffnen: (id: string) => Promise<void>;
  /** Readable "Leistung – Variante" of catalogue ids. */
  leistungText: (leistung: string, variante: string | null) => string;
}

function Downloads({ id, version }: { id: string; version: number }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Anchor
        href={`/api/kalkulationen/${id}/xlsx`}
        download
        aria-label={`Version ${version} als XLSX herunterladen`}
      >
        XLSX
      </Anchor>
      <Anchor
        href={`/api/kalkulationen/${id}/pdf`}
        download
        aria-label={`Version ${version} als PDF herunterladen`}
      >
        PDF
      </Anchor>
    </Group>
  );
}

function entgeltText(k: KalkulationKopf): string {
  // The unit reads "EUR je …"; the amount already carries its "€".
  return k.entgelt ? `${formatBetrag(k.entgelt.betrag)} ${k.entgelt.einheit.replace(/^EUR /, '')}` : '–';
}

/** Saving to the organisation, the versions of the open calculation, and all saved calculations. */
export function Gespeichert(p: Props) {
  const queryClient = useQueryClient();
  const liste = useQuery(gespeicherteAbfrage);
  const detail = useQuery({
    ...kalkulationAbfrage(p.stand.geladeneId ?? ''),
    enabled: Boolean(p.stand.geladeneId),
  });
  const [konflikt, setKonflikt] = useState<KalkulationDetail | null>(null);
  const [meldung, setMeldung] = useState<string | null>(null);
  const [bezeichnungFehler, setBezeichnungFehler] = useState<string | null>(null);

  const speichern = useMutation({
    mutationFn: async ({ neu, version }: { neu: boolean; version?: number }) => {
      if (!p.eingabe) throw new Error('Bitte zuerst Leistung, Variante und Eingaben vervollständigen.');
      const daten = {
        bezeichnung: p.stand.bezeichnung,
        kommentar: p.stand.kommentar.trim() || null,
        eingabe: p.eingabe,
      };
      if (neu || !p.stand.reiheId) return speichereKalkulation(daten);
      return speichereVersion(p.stand.reiheId, { ...daten, version: version ?? p.stand.version ?? 1 });
    },
    onSuccess: async (d) => {
      setKonflikt(null);
      setMeldung(null);
      setBezeichnungFehler(null);
      p.onGespeichert(d);
      queryClient.setQueryData(kalkulationAbfrage(d.id).queryKey, d);
      await queryClient.invalidateQueries({ queryKey: gespeicherteAbfrage.queryKey });
      notifications.show({
        color: 'green',
        message: `Kalkulation gespeichert (Version ${d.version}).`,
        closeButtonProps: { 'aria-label': 'Meldung schließen' },
      });
    },
    onError: (fehler) => {
      if (fehler instanceof ApiFehler && fehler.status === 409 && fehler.aktuell) {
        setKonflikt(fehler.aktuell as KalkulationDetail);
        return;
      }
      if (fehler instanceof ApiFehler && fehler.felder.bezeichnung)
        setBezeichnungFehler(fehler.felder.bezeichnung);
      setMeldung(
        fehler instanceof ApiFehler
          ? `${fehler.message} ${Object.values(fehler.felder).join(' ')}`
          : fehler instanceof Error
            ? fehler.message
            : 'Speichern fehlgeschlagen.',
      );
    },
  });

  const naechste = (p.stand.version ?? 0) + 1;
  const versionen = detail.data?.versionen ?? [];

  return (
    <Stack>
      {p.darfSpeichern && (
        <Paper withBorder p="md" component="section" aria-labelledby="speichern-titel">
          <Stack>
            <Title order={2} size="h3" id="speichern-titel">
              In der Organisation speichern
            </Title>
            <Text size="sm" c="dimmed">
              Gespeichert wird das Szenario, das gerade angezeigt wird. Jede Speicherung legt eine neue
              Version an; frühere Versionen bleiben unverändert.
            </Text>
            <TextInput
              label="Bezeichnung"
              required
              {...p.bezeichnungProps}
              error={bezeichnungFehler ?? p.bezeichnungProps.error}
            />
            <Textarea label="Kommentar zur Version" autosize minRows={1} {...p.kommentarProps} />
            {konflikt && (
              <Alert color="orange" role="alert" title="Inzwischen neu gespeichert">
                <Stack gap="xs">
                  <Text size="sm">
                    {konflikt.erstelltVon?.name ?? 'Jemand'} hat am {formatZeitpunkt(konflikt.erstelltAm)}{' '}
                    Version {konflikt.version} gespeichert (
                    {konflikt.entgelt ? formatBetrag(konflikt.entgelt.betrag) : '–'}). Ihre Eingaben sind
                    erhalten.
                  </Text>
                  <Group>
                    <Button
                      size="xs"
                      onClick={() => {
                        p.onVersionBekannt(konflikt.version);
                        speichern.mutate({ neu: false, version: konflikt.version });
                      }}
                    >
                      Meine Eingaben als Version {konflikt.version + 1} speichern
                    </Button>
                    <Button size="xs" variant="default" onClick={() => void p.onOeffnen(konflikt.id)}>
                      Version {konflikt.version} öffnen
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            )}
            {meldung && (
              <Alert color="red" role="alert" title="Nicht gespeichert">
                {meldung}
              </Alert>
            )}
            <Group>
              <Button
                leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                onClick={() => speichern.mutate({ neu: false })}
                loading={speichern.isPending}
                disabled={!p.eingabe}
              >
                {p.stand.reiheId ? `Als Version ${naechste} speichern` : 'Speichern'}
              </Button>
              {p.stand.reiheId && (
                <Button
                  variant="default"
                  onClick={() => speichern.mutate({ neu: true })}
                  disabled={!p.eingabe}
                >
                  Als neue Kalkulation speichern
                </Button>
              )}
            </Group>
          </Stack>
        </Paper>
      )}

      {detail.data && (
        <section aria-labelledby="versionen-titel">
          <Title order={2} size="h3" id="versionen-titel" mb="sm">
            Versionen von „{detail.data.bezeichnung}“
          </Title>
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Version</Table.Th>
                  <Table.Th>Entgelt</Table.Th>
                  <Table.Th>Gespeichert von</Table.Th>
                  <Table.Th>am</Table.Th>
                  <Table.Th>Kommentar</Table.Th>
                  <Table.Th>Aktionen</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {versionen.map((v) => (
                  <Table.Tr key={v.id}>
                    <Table.Td>Version {v.version}</Table.Td>
                    <Table.Td>{entgeltText(v)}</Table.Td>
                    <Table.Td>{v.erstelltVon?.name ?? '–'}</Table.Td>
                    <Table.Td>{formatZeitpunkt(v.erstelltAm)}</Table.Td>
                    <Table.Td>{v.kommentar ?? ''}</Table.Td>
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap">
                        <Button size="compact-xs" variant="subtle" onClick={() => void p.onOeffnen(v.id)}>
                          Öffnen<VisuallyHidden> Version {v.version}</VisuallyHidden>
                        </Button>
                        <Downloads id={v.id} version={v.version} />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      )}

      <section aria-labelledby="liste-titel">
        <Title order={2} size="h3" id="liste-titel" mb="sm">
          Gespeicherte Kalkulationen
        </Title>
        {liste.error && <Alert color="red">{(liste.error as Error).message}</Alert>}
        {liste.data && liste.data.length === 0 && <Text c="dimmed">Noch keine Kalkulation gespeichert.</Text>}
        {liste.data && liste.data.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Bezeichnung</Table.Th>
                  <Table.Th>Leistung</Table.Th>
                  <Table.Th>Stichtag</Table.Th>
                  <Table.Th>Entgelt</Table.Th>
                  <Table.Th>Stand</Table.Th>
                  <Table.Th>Aktionen</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {liste.data.map((k) => (
                  <Table.Tr key={k.reiheId}>
                    <Table.Td>{k.bezeichnung}</Table.Td>
                    <Table.Td>{p.leistungText(k.leistung, k.variante)}</Table.Td>
                    <Table.Td>{formatDatum(k.stichtag)}</Table.Td>
                    <Table.Td>{entgeltText(k)}</Table.Td>
                    <Table.Td>
                      Version {k.version}, {k.erstelltVon?.name ?? '–'}, {formatZeitpunkt(k.erstelltAm)}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap">
                        <Button size="compact-xs" variant="subtle" onClick={() => void p.onOeffnen(k.id)}>
                          Öffnen<VisuallyHidden> {k.bezeichnung}</VisuallyHidden>
                        </Button>
                        <Downloads id={k.id} version={k.version} />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>
    </Stack>
  );
}
