import { DOKUMENT_MAX_BYTES, type Erledigung } from '@hilfewerk/api';
import { Alert, Button, FileInput, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiFehler } from '../../api/client';
import { DatumFeld } from '../../components/DatumFeld';
import { datumFehler, heuteIso } from '../../lib/datumseingabe';
import { zeigeServerfehler } from '../../lib/felder';
import { formatDatum } from '../../lib/format';

interface Props {
  /** What is being completed, e.g. "KIJU-2026-001: Bericht zur Vorbereitung des Hilfeplangesprächs". */
  titel: string;
  faellig: string | null;
  offen: boolean;
  onClose: () => void;
  speichern: (e: Erledigung) => Promise<unknown>;
  /** Extra queries to refresh besides the deadline lists (e.g. the case file). */
  alsoInvalidieren?: readonly unknown[][];
  /**
   * Organisation deadlines: the report can be attached (QE report, rota sent); with a file the proof text
   * is optional and this is sent instead of `speichern`.
   */
  mitBericht?: (e: Erledigung, datei: File) => Promise<unknown>;
}

/** Records when and by what a deadline was met; the server records who. */
export function ErledigenDialog({
  titel,
  faellig,
  offen,
  onClose,
  speichern,
  alsoInvalidieren = [],
  mitBericht,
}: Props) {
  const queryClient = useQueryClient();
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const [datei, setDatei] = useState<File | null>(null);
  const [dateiFehler, setDateiFehler] = useState<string | undefined>();
  const form = useForm<{ erledigtAm: string | null; nachweis: string }>({
    initialValues: { erledigtAm: heuteIso(), nachweis: '' },
    validate: {
      erledigtAm: (w) => datumFehler(w, true),
      nachweis: (w) => (w.trim() || datei ? null : 'Bitte angeben, womit die Frist erfüllt wurde.'),
    },
  });
  const mutation = useMutation({
    mutationFn: (w: { erledigtAm: string | null; nachweis: string }) => {
      const e = { erledigtAm: w.erledigtAm as string, nachweis: w.nachweis.trim() };
      return datei && mitBericht ? mitBericht(e, datei) : speichern(e);
    },
    onSuccess: async () => {
      notifications.show({ color: 'green', message: 'Frist als erledigt vermerkt.' });
      form.reset();
      setMeldungen([]);
      setDatei(null);
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['fristen'] });
      for (const key of alsoInvalidieren) await queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (fehler) => {
      // Too large (413) or a refused type (415) is said at the file field.
      if (fehler instanceof ApiFehler && (fehler.status === 413 || fehler.status === 415)) {
        setDateiFehler(fehler.message);
        setMeldungen([]);
        return;
      }
      setDateiFehler(fehler instanceof ApiFehler ? fehler.felder.datei : undefined);
      setMeldungen(zeigeServerfehler(form, fehler, ['erledigtAm', 'nachweis', 'datei']));
    },
  });
  const absenden = (w: { erledigtAm: string | null; nachweis: string }) => {
    if (datei && datei.size > DOKUMENT_MAX_BYTES) {
      setDateiFehler('Die Datei ist zu groß. Erlaubt sind höchstens 10 MB.');
      return;
    }
    setDateiFehler(undefined);
    mutation.mutate(w);
  };
  return (
    <Modal opened={offen} onClose={onClose} title="Frist als erledigt vermerken" centered>
      <form onSubmit={form.onSubmit(absenden)} noValidate>
        <Stack>
          <Text size="sm">
            {titel}
            {faellig ? ` – fällig ${formatDatum(faellig)}` : ''}
          </Text>
          {meldungen.length > 0 && (
            <Alert color="red" role="alert" title="Nicht gespeichert">
              {meldungen.join(' ')}
            </Alert>
          )}
          <DatumFeld label="Erledigt am" required data-autofocus {...form.getInputProps('erledigtAm')} />
          <Textarea
            label="Womit erfüllt"
            description={
              mitBericht
                ? 'z. B. „per E-Mail an die Feuerwehr gesendet“ – mit angehängtem Bericht freiwillig'
                : 'z. B. „Bericht per E-Mail an das Jugendamt gesendet“'
            }
            required={!mitBericht || !datei}
            autosize
            minRows={2}
            {...form.getInputProps('nachweis')}
          />
          {mitBericht && (
            <FileInput
              label="Bericht anhängen"
              description="PDF, JPEG, PNG oder Word (DOCX), höchstens 10 MB"
              placeholder="Datei auswählen (freiwillig)"
              accept=".pdf,.jpg,.jpeg,.png,.docx,application/pdf,image/jpeg,image/png"
              value={datei}
              onChange={(f) => {
                setDatei(f);
                setDateiFehler(undefined);
              }}
              error={dateiFehler}
              clearable
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Abbrechen
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              Als erledigt speichern
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
