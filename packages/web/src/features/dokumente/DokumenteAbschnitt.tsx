import {
  DOKUMENT_ARTEN,
  DOKUMENT_ARTEN_TEXT,
  DOKUMENT_MAX_BYTES,
  type DokumentArtCode,
} from '@hilfewerk/api';
import {
  Alert,
  Button,
  FileInput,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiFehler } from '../../api/client';
import { Ladefehler } from '../../components/Ladezustand';
import { formatDateigroesse, formatTagVon } from '../../lib/format';
import { useDarf } from '../../lib/rechte';
import { type Dokument, dokumenteAbfrage, ladeDokumentHoch, loescheDokument } from './api';

const ARTEN = DOKUMENT_ARTEN.map((a) => ({ value: a, label: DOKUMENT_ARTEN_TEXT[a] }));

/**
 * In the case file, for the case team and the Leitung: documents attached to the case (a Bescheid, the
 * Hilfeplan), uploaded as PDF, JPEG, PNG or DOCX up to 10 MB. Every download and deletion is audited.
 */
export function DokumenteAbschnitt({ fallId }: { fallId: string }) {
  const darf = useDarf();
  const liste = useQuery(dokumenteAbfrage(fallId));
  const [zuLoeschen, setZuLoeschen] = useState<Dokument | null>(null);
  return (
    <Stack component="section" aria-labelledby="dokumente-titel" gap="sm">
      <Title order={2} id="dokumente-titel">
        Dokumente
      </Title>
      {liste.isError && <Ladefehler fehler={liste.error} />}
      {liste.data?.length === 0 && <Text c="dimmed">Noch keine Dokumente.</Text>}
      {(liste.data ?? []).length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table striped aria-label="Dokumente des Falls">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Art</Table.Th>
                <Table.Th scope="col">Größe</Table.Th>
                <Table.Th scope="col">Hochgeladen am</Table.Th>
                <Table.Th scope="col">von</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Aktionen</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(liste.data ?? []).map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.name}</Table.Td>
                  <Table.Td>{DOKUMENT_ARTEN_TEXT[d.art]}</Table.Td>
                  <Table.Td>{formatDateigroesse(d.groesse)}</Table.Td>
                  <Table.Td>{formatTagVon(d.hochgeladenAm)}</Table.Td>
                  <Table.Td>{d.hochgeladenVon.name}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        component="a"
                        href={`/api/dokumente/${d.id}`}
                        download={d.name}
                        size="compact-xs"
                        variant="light"
                        leftSection={<IconDownload size={14} aria-hidden />}
                        aria-label={`${d.name} herunterladen`}
                      >
                        Herunterladen
                      </Button>
                      {darf('dokument', 'aendern') && (
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => setZuLoeschen(d)}
                          aria-label={`${d.name} löschen`}
                        >
                          Löschen
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {zuLoeschen && <Loeschen dokument={zuLoeschen} fertig={() => setZuLoeschen(null)} />}
      {darf('dokument', 'anlegen') && <Hochladen fallId={fallId} />}
    </Stack>
  );
}

function Loeschen({ dokument, fertig }: { dokument: Dokument; fertig: () => void }) {
  const queryClient = useQueryClient();
  const weg = useMutation({
    mutationFn: () => loescheDokument(dokument.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['dokumente'] });
      fertig();
    },
  });
  return (
    <Modal opened onClose={fertig} title="Dokument löschen?" centered>
      <Stack>
        <Text>„{dokument.name}“ wird aus der Fallakte gelöscht. Das lässt sich nicht rückgängig machen.</Text>
        {weg.isError && (
          <Alert color="red" role="alert">
            {weg.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={fertig}>
            Abbrechen
          </Button>
          <Button color="red.9" loading={weg.isPending} onClick={() => weg.mutate()}>
            Löschen
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Hochladen({ fallId }: { fallId: string }) {
  const queryClient = useQueryClient();
  const [art, setArt] = useState<DokumentArtCode | null>(null);
  const [datei, setDatei] = useState<File | null>(null);
  const [fehler, setFehler] = useState<{ art?: string; datei?: string; allgemein?: string }>({});
  const hoch = useMutation({
    mutationFn: () => ladeDokumentHoch(fallId, art as DokumentArtCode, datei as File),
    onSuccess: async () => {
      setArt(null);
      setDatei(null);
      setFehler({});
      await queryClient.invalidateQueries({ queryKey: ['dokumente', fallId] });
    },
    onError: (f) => {
      const felder = f instanceof ApiFehler ? f.felder : {};
      setFehler({
        art: felder.art,
        datei:
          felder.datei ?? (f instanceof ApiFehler && [413, 415].includes(f.status) ? f.message : undefined),
        allgemein:
          Object.keys(felder).length === 0 && !(f instanceof ApiFehler && [413, 415].includes(f.status))
            ? f.message
            : undefined,
      });
    },
  });
  const absenden = (e: React.FormEvent) => {
    e.preventDefault();
    const neu: typeof fehler = {};
    if (!art) neu.art = 'Bitte die Art des Dokuments wählen.';
    if (!datei) neu.datei = 'Bitte wählen Sie eine Datei aus.';
    else if (datei.size > DOKUMENT_MAX_BYTES)
      neu.datei = 'Die Datei ist zu groß. Erlaubt sind höchstens 10 MB.';
    setFehler(neu);
    if (Object.keys(neu).length === 0) hoch.mutate();
  };
  return (
    <form onSubmit={absenden} noValidate aria-label="Dokument hochladen">
      <Stack maw={700} gap="sm">
        {fehler.allgemein && (
          <Alert color="red" role="alert">
            {fehler.allgemein}
          </Alert>
        )}
        <Group align="flex-start" grow>
          <Select
            label="Art des Dokuments"
            placeholder="Bitte wählen"
            data={ARTEN}
            value={art}
            onChange={(w) => setArt(w as DokumentArtCode | null)}
            error={fehler.art}
            required
          />
          <FileInput
            label="Datei"
            description="PDF, JPEG, PNG oder Word (DOCX), höchstens 10 MB"
            placeholder="Datei auswählen"
            accept=".pdf,.jpg,.jpeg,.png,.docx,application/pdf,image/jpeg,image/png"
            value={datei}
            onChange={setDatei}
            error={fehler.datei}
            clearable
            required
          />
        </Group>
        <Group>
          <Button type="submit" loading={hoch.isPending} leftSection={<IconUpload size={16} aria-hidden />}>
            Hochladen
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
