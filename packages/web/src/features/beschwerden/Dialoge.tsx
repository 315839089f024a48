import { BESCHWERDE_QUELLEN_INTERN, BESCHWERDE_QUELLEN_TEXT, type BeschwerdeErfassen } from '@hilfewerk/api';
import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiFehler } from '../../api/client';
import { DatumFeld } from '../../components/DatumFeld';
import { kontenAbfrage } from '../konten/api';
import { type Beschwerde, erfasse, schliesseAb, setzeVerantwortlich } from './api';

function Fehler({ fehler }: { fehler: unknown }) {
  if (!(fehler instanceof ApiFehler)) return null;
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
      {Object.values(fehler.felder)[0] ?? fehler.message}
    </Alert>
  );
}

/** The organisation's active users, for the responsible person. */
function usePersonen() {
  const konten = useQuery(kontenAbfrage);
  return (konten.data ?? []).filter((k) => k.aktiv).map((k) => ({ value: k.id, label: k.name }));
}

function useNachSpeichern(schliessen: () => void) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: ['beschwerden'] });
    schliessen();
  };
}

/** Leitung enters a complaint that came by phone, letter or in person. */
export function ErfassenDialog({ schliessen }: { schliessen: () => void }) {
  const personen = usePersonen();
  const [e, setE] = useState<BeschwerdeErfassen>({ quelle: 'adressat', eingegangenAm: '', text: '' });
  const speichern = useMutation({
    mutationFn: () => erfasse({ ...e, kontakt: e.kontakt || null }),
    onSuccess: useNachSpeichern(schliessen),
  });
  return (
    <Modal
      opened
      onClose={schliessen}
      title="Beschwerde erfassen"
      closeButtonProps={{ 'aria-label': 'Schließen' }}
    >
      <Stack>
        <Fehler fehler={speichern.error} />
        <Select
          label="Von wem"
          data={BESCHWERDE_QUELLEN_INTERN.map((q) => ({ value: q, label: BESCHWERDE_QUELLEN_TEXT[q] }))}
          value={e.quelle}
          onChange={(w) => w && setE({ ...e, quelle: w as BeschwerdeErfassen['quelle'] })}
          allowDeselect={false}
        />
        <DatumFeld
          label="Eingegangen am"
          required
          value={e.eingegangenAm}
          onChange={(w) => setE({ ...e, eingegangenAm: w ?? '' })}
        />
        <Textarea
          label="Beschwerde"
          required
          autosize
          minRows={3}
          value={e.text}
          onChange={(x) => setE({ ...e, text: x.currentTarget.value })}
        />
        <TextInput
          label="Kontakt"
          value={e.kontakt ?? ''}
          onChange={(x) => setE({ ...e, kontakt: x.currentTarget.value })}
        />
        <Select
          label="Verantwortlich"
          data={personen}
          value={e.verantwortlichId ?? null}
          onChange={(w) => setE({ ...e, verantwortlichId: w })}
          clearable
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={schliessen}>
            Abbrechen
          </Button>
          <Button loading={speichern.isPending} onClick={() => speichern.mutate()}>
            Erfassen
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The responsible person, and the outcome with the day the complaint was closed. */
export function BearbeitenDialog({
  beschwerde,
  schliessen,
}: {
  beschwerde: Beschwerde;
  schliessen: () => void;
}) {
  const personen = usePersonen();
  const nachSpeichern = useNachSpeichern(schliessen);
  const [verantwortlich, setVerantwortlich] = useState(beschwerde.verantwortlichId);
  const [ergebnis, setErgebnis] = useState(beschwerde.ergebnis ?? '');
  const [am, setAm] = useState<string | null>(null);
  const person = useMutation({
    mutationFn: () => setzeVerantwortlich(beschwerde.id, verantwortlich),
    onSuccess: nachSpeichern,
  });
  const abschluss = useMutation({
    mutationFn: () => schliesseAb(beschwerde.id, ergebnis, am),
    onSuccess: nachSpeichern,
  });
  return (
    <Modal
      opened
      onClose={schliessen}
      title={`Beschwerde ${beschwerde.vorgangsnummer} bearbeiten`}
      closeButtonProps={{ 'aria-label': 'Schließen' }}
    >
      <Stack>
        <Fehler fehler={person.error ?? abschluss.error} />
        <Select
          label="Verantwortlich"
          data={personen}
          value={verantwortlich}
          onChange={setVerantwortlich}
          clearable
        />
        <Group justify="flex-end">
          <Button variant="light" loading={person.isPending} onClick={() => person.mutate()}>
            Verantwortliche Person speichern
          </Button>
        </Group>
        {beschwerde.status !== 'abgeschlossen' && (
          <>
            <Textarea
              label="Ergebnis der Beschwerde"
              autosize
              minRows={3}
              value={ergebnis}
              onChange={(x) => setErgebnis(x.currentTarget.value)}
            />
            <DatumFeld label="Abgeschlossen am" value={am} onChange={setAm} />
            <Group justify="flex-end">
              <Button variant="default" onClick={schliessen}>
                Abbrechen
              </Button>
              <Button loading={abschluss.isPending} onClick={() => abschluss.mutate()}>
                Abschließen
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
